// The dashboard's hash routes (dashboard/route.ts): the thank-you draft's route.
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../src/dashboard/route';

describe('the thank-you route', () => {
  it('`#app/<id>/thank-you` is the application page with its thank-you draft, and back', () => {
    expect(parseRoute('#app/a%20b/thank-you')).toEqual({ page: 'app', id: 'a b', outcome: false, thanks: true });
    expect(hrefOf({ page: 'app', id: 'a b', outcome: false, thanks: true })).toBe('#app/a%20b/thank-you');
  });

  it('the other routes carry no thank-you; an unknown tail is the list', () => {
    expect(parseRoute('#app/abc')).toStrictEqual({ page: 'app', id: 'abc', outcome: false });
    expect(parseRoute('#app/abc/outcome')).toStrictEqual({ page: 'app', id: 'abc', outcome: true });
    expect(parseRoute('#app/abc/thanks')).toEqual({ page: 'list' });
    expect(parseRoute('#app/abc/outcome/thank-you')).toEqual({ page: 'list' });
    expect(hrefOf({ page: 'app', id: 'abc', outcome: false })).toBe('#app/abc');
  });
});
