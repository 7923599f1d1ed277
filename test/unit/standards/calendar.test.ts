import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isLastWorkingDayBeforeBreak, isWorkingDay } from '../../../shared/standards/calendar';
import { addMonths } from '../../../shared/time/days';
import { endOfDay, localDateOf, toLondonIso } from '../../../shared/time/london';

describe('working days in England and Wales', () => {
  it.each([
    ['2026-12-25', false, 'Christmas Day'],
    ['2026-12-26', false, 'Boxing Day, a Saturday'],
    ['2026-12-28', false, 'Boxing Day’s substitute, Monday'],
    ['2026-12-29', true, 'an ordinary Tuesday'],
    ['2027-01-01', false, 'New Year’s Day'],
    ['2027-03-26', false, 'Good Friday 2027'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2028-02-29', true, 'leap day 2028, a Tuesday'],
    ['2026-11-21', false, 'a Saturday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2026-11-20', 5, '2026-11-27'], // Friday + 5 = next Friday
    ['2026-12-23', 5, '2027-01-04'], // across Christmas, the substitute day and New Year
    ['2026-12-24', 1, '2026-12-29'],
    ['2027-03-25', 1, '2027-03-30'], // across Easter 2027
    ['2026-03-27', 5, '2026-04-07'], // across the clock change and Easter 2026
    ['2026-11-21', 1, '2026-11-23'], // from a Saturday
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('never lands on a weekend or bank holiday, and never before the trigger (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 40 }), (d, n) => {
        const from = d.toISOString().slice(0, 10);
        const to = addWorkingDays(from, n);
        expect(isWorkingDay(to)).toBe(true);
        expect(to > from).toBe(true);
      }),
    );
  });

  it('knows the day before a closure (P4.5)', () => {
    expect(isLastWorkingDayBeforeBreak('2026-11-20')).toBe(true); // Friday
    expect(isLastWorkingDayBeforeBreak('2027-03-25')).toBe(true); // Thursday before Good Friday
    expect(isLastWorkingDayBeforeBreak('2026-11-19')).toBe(false);
    expect(isLastWorkingDayBeforeBreak('2026-11-21')).toBe(false); // a Saturday is not a working day
  });
});

describe('London time', () => {
  it('puts the end of a day at 23:59 local, in GMT and in BST', () => {
    expect(endOfDay('2026-11-27').toISOString()).toBe('2026-11-27T23:59:00.000Z');
    expect(endOfDay('2026-06-05').toISOString()).toBe('2026-06-05T22:59:00.000Z');
    expect(endOfDay('2026-03-29').toISOString()).toBe('2026-03-29T22:59:00.000Z'); // the day the clocks go forward
    expect(endOfDay('2026-10-25').toISOString()).toBe('2026-10-25T23:59:00.000Z'); // the day they go back
  });

  it('reads the London date of late-evening instants correctly', () => {
    expect(localDateOf(new Date('2026-06-05T23:30:00Z'))).toBe('2026-06-06'); // 00:30 BST next day
    expect(localDateOf(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-05');
  });

  it('writes ISO 8601 with the London offset', () => {
    expect(toLondonIso(new Date('2026-06-05T22:59:00Z'))).toBe('2026-06-05T23:59:00+01:00');
    expect(toLondonIso(new Date('2026-11-27T23:59:00Z'))).toBe('2026-11-27T23:59:00+00:00');
  });

  it('adds calendar months with month-end clamping, including 29 February 2028', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
});

describe('the engine’s number forms agree with the date forms', () => {
  it('addMonthsToDayNumber equals addMonths, month ends and leap days included (property)', async () => {
    const { addMonthsToDayNumber } = await import('../../../shared/time/days');
    const DAY = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY }), fc.integer({ min: 0, max: 24 }), (day, n) => {
        const date = new Date(day * DAY).toISOString().slice(0, 10);
        expect(new Date(addMonthsToDayNumber(day, n) * DAY).toISOString().slice(0, 10)).toBe(addMonths(date, n));
      }),
    );
    expect(addMonths('2027-11-29', 3)).toBe('2028-02-29');
  });

  it('endOfDayAt and londonDayOf follow the clock changes (cached per day, by the hour on change days)', async () => {
    const { endOfDayAt, londonDayOf } = await import('../../../shared/time/london');
    const DAY = 86_400_000;
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      const day = Date.parse(`${date}T00:00:00Z`) / DAY;
      expect(new Date(endOfDayAt(day)).getTime()).toBe(endOfDay(date).getTime());
    }
    // 00:30 London on 29 March 2026 is still GMT; 00:30 on 26 October 2026 is GMT again after BST.
    expect(londonDayOf(Date.parse('2026-03-29T00:30:00Z'))).toBe(Date.parse('2026-03-29T00:00:00Z') / DAY);
    expect(londonDayOf(Date.parse('2026-06-30T23:30:00Z'))).toBe(Date.parse('2026-07-01T00:00:00Z') / DAY);
    expect(toLondonIso(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T01:30:00+01:00');
    expect(toLondonIso(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T01:30:00+00:00');
  });
});
