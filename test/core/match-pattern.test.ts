import { describe, expect, it } from 'vitest';
import { matchPatternToRegExp } from '../../src/core/match-pattern';

describe('match patterns', () => {
  it('"*." also matches the bare domain, ports are ignored', () => {
    expect(matchPatternToRegExp('https://*.jobteaser.com/*').test('https://jobteaser.com/fr/job-offers/1')).toBe(true);
    expect(matchPatternToRegExp('https://jobs.lever.co/*').test('https://jobs.lever.co:443/acme/uuid')).toBe(true);
    expect(() => matchPatternToRegExp('linkedin.com')).toThrow();
  });
});
