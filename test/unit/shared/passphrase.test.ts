import { describe, expect, it } from 'vitest';
import { passphraseProblem } from '../../../shared/passphrase';

describe('passphraseProblem', () => {
  it('accepts three random words', () => expect(passphraseProblem('maple river lantern')).toBeNull());
  it('refuses short ones', () => expect(passphraseProblem('short')).toMatch(/at least 12/));
  it('refuses the blocklist and repeats', () => {
    expect(passphraseProblem('Password1234')).toMatch(/too easy/);
    expect(passphraseProblem('aaaaaaaaaaaaaaa')).toMatch(/too easy/);
  });
  it('refuses one containing the user name', () => expect(passphraseProblem('ada-is-the-best-1', 'ada')).toMatch(/user name/));
});
