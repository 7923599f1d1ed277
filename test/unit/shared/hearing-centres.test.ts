import { describe, expect, it } from 'vitest';
import { HEARING_CENTRES, hearingCentreName, isKnownHearingCentre } from '../../../shared/court/hearing-centres';
import { countyCourtHeading } from '../../../shared/court/texts';

/** Issue 15: "IN THE COUNTY COURT AT COUNTY COURT AT CLERKENWELL AND SHOREDITCH" — the court, printed once. */
describe('County Court hearing centres', () => {
  it('are data: the common centres, each once, named as the court names them', () => {
    expect(HEARING_CENTRES).toContain('Clerkenwell and Shoreditch');
    expect(HEARING_CENTRES).toContain('Central London');
    expect(new Set(HEARING_CENTRES).size).toBe(HEARING_CENTRES.length);
    expect(HEARING_CENTRES.filter((c) => /county court/i.test(c))).toEqual([]);
  });

  it('take the words "County Court" off what was typed, and print the centre once', () => {
    for (const typed of ['County Court at Clerkenwell and Shoreditch', 'the County Court at Clerkenwell and Shoreditch', 'IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH', 'clerkenwell and shoreditch']) {
      expect(hearingCentreName(typed)).toBe('Clerkenwell and Shoreditch');
      expect(countyCourtHeading(hearingCentreName(typed))).toBe('IN THE COUNTY COURT AT CLERKENWELL AND SHOREDITCH');
    }
    expect(countyCourtHeading(hearingCentreName('Ipswich County Court'))).toBe('IN THE COUNTY COURT AT IPSWICH');
    expect(hearingCentreName('Mayors and City of London County Court')).toBe('Mayor’s and City of London');
  });

  it('say whether a recorded court is on the list', () => {
    expect(isKnownHearingCentre('Ipswich County Court')).toBe(true);
    expect(isKnownHearingCentre('Ipswich Magistrates’ Court')).toBe(false);
    expect(isKnownHearingCentre('')).toBe(false);
  });
});
