import { describe, expect, it } from 'vitest';
import { initialMode } from '../../src/popup/mode';
import { makeApplication, makeContext } from './helpers';

const tracked = { application: makeApplication(), interviews: [], reminders: [], events: [] };
const draft = { title: 'Frontend developer', company: 'Acme', location: null, url: null, jobKey: 'example:42' };

describe('the mode the popup opens in', () => {
  it.each([
    ['the due list from a grouped notification', makeContext({ view: 'due', tracked }), 'k', { kind: 'due' }],
    ['a tracked page', makeContext({ draft, tracked }), 'k', { kind: 'tracked', focus: false }],
    ['an application link whose application is gone', makeContext({ view: 'app', pageUrl: null }), null, { kind: 'missing' }],
    ['a posting not tracked yet', makeContext({ draft }), 'k', { kind: 'posting', offer: false }],
    ['a posting like a tracked one', makeContext({ draft, similar: [makeApplication()] }), 'k', { kind: 'posting', offer: true }],
    ['nothing to link without a job key', makeContext({ draft, similar: [makeApplication()] }), null, { kind: 'posting', offer: false }],
    ['a page with no posting', makeContext({ draft: { ...draft, title: null, company: null } }), 'k', { kind: 'unrecognised' }],
  ] as const)('%s', (_, ctx, jobKey, mode) => {
    expect(initialMode({ ...ctx, jobKey })).toEqual(mode);
  });
});
