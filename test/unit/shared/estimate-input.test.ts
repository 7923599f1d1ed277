import { describe, expect, it } from 'vitest';
import { estimateFromInput, fromLondonDateOrTime } from '../../../shared/time/input';

/** Issue 17: "your best estimate" may be only a day; it stands for the start of that London day. */
describe('a time that may be only a day', () => {
  it('takes a day alone as the start of that London day, its time unknown', () => {
    expect(fromLondonDateOrTime('20/11/2026')).toEqual({ at: '2026-11-20T00:00:00.000Z', timeKnown: false });
    expect(fromLondonDateOrTime('1/7/2026')).toEqual({ at: '2026-06-30T23:00:00.000Z', timeKnown: false }); // BST
  });

  it('takes a day and a time as before', () => {
    expect(fromLondonDateOrTime('20/11/2026 14:30')).toEqual({ at: '2026-11-20T14:30:00.000Z', timeKnown: true });
  });

  it('refuses what is neither, and passes the text on for the schema to refuse', () => {
    expect(fromLondonDateOrTime('31/02/2026')).toBeNull();
    expect(fromLondonDateOrTime('yesterday')).toBeNull();
    expect(estimateFromInput('yesterday')).toEqual({ at: 'yesterday', timeKnown: true });
    expect(estimateFromInput('  ')).toEqual({ at: undefined, timeKnown: true });
  });
});
