import { describe, expect, it } from 'vitest';
import { toDetails } from '../../renderer/src/features/actions/form/draft';
import { draftOfInjunction } from '../../renderer/src/features/actions/form/fromInjunction';
import type { ActionView } from '../../shared/schemas/actions';

/** Editing a recorded injunction (issue 15) must write back the terms it read: same order, marks and plans. */
const recorded = (terms: unknown[]) =>
  ({
    subjectPartyId: 4,
    startedOn: '2026-11-20',
    details: {
      kind: 'civil-injunction',
      applicantStatus: 'housing-provider',
      housingManagementLink: 'The conduct happened in the block the Claimant manages.',
      conductLimbs: ['b'],
      terms,
      homeExclusion: null,
      durationMonths: 12,
      untilFurtherOrder: false,
      withoutNotice: false,
      withoutNoticeJustification: '',
      court: 'Clerkenwell and Shoreditch',
    },
  }) as unknown as ActionView;

const term = (text: string, area = false, planEvidenceId: number | null = null) => ({ kind: 'prohibition', text, powerOfArrest: false, arrestGround: null, area, planEvidenceId });

describe('an injunction read into the edit form and written back', () => {
  it('keeps every area prohibition with its plan, and the terms in their order (so their letters do not move)', () => {
    const written = toDetails(draftOfInjunction(recorded([term('entering the second-floor landing of Elm Court', true, 5), term('using abusive words to anyone at Elm Court'), term('entering the car park of Elm Court', true, 7)])));
    const terms = (written as { terms: { text: string; area?: boolean; planEvidenceId?: number | null }[] }).terms;
    expect(terms.map((t) => t.text)).toEqual(['entering the second-floor landing of Elm Court', 'using abusive words to anyone at Elm Court', 'entering the car park of Elm Court']);
    expect(terms.map((t) => t.area === true)).toEqual([true, false, true]);
    expect(terms.map((t) => t.planEvidenceId ?? null)).toEqual([5, null, 7]);
  });

  it('puts a last area prohibition into the area questions, so its place and plan can be edited there', () => {
    const draft = draftOfInjunction(recorded([term('using abusive words to anyone at Elm Court'), term('entering the car park of Elm Court', true, 7)]));
    expect(draft.exclusionKind).toBe('area');
    expect(draft.areaPlace).toBe('the car park of Elm Court');
    expect(draft.areaPlan).toBe('7');
    expect(draft.injTerms.map((t) => t.text)).toEqual(['using abusive words to anyone at Elm Court']);
  });
});
