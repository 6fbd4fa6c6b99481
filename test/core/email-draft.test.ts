import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import fr from '../../_locales/fr/messages.json';
import { draftRecipient, followUpDraft, mailtoUrl, thanksDraft, thanksDue, unansweredCall } from '../../src/core/email-draft';
import type { Contact, Interview, TimelineEvent } from '../../src/core/types';
import { makeDebrief } from '../builders';
import { makeTranslator, type MessageCatalog } from '../catalog';

const T = Date.UTC(2026, 3, 1, 8);
const H = 3600_000;
const interview = (over: Partial<Interview> = {}): Interview => ({
  ...makeDebrief({ interviewAt: T }),
  id: 'i',
  applicationId: 'a',
  createdAt: T,
  ...over,
});
const call = (kind: 'answer' | 'new-date' | 'no-answer', at: number): TimelineEvent => ({
  id: `${kind}${at}`,
  applicationId: 'a',
  at,
  type: 'outcome',
  outcome: { kind, at, note: '' },
  createdAt: at,
});

/** Reads a mailto URL back the way a mail client does (RFC 6068). */
function readMailto(url: string) {
  const u = new URL(url);
  expect(u.protocol).toBe('mailto:');
  // Nothing a client would read as a separator is left unencoded in the values.
  expect(url.slice(url.indexOf('?') + 1).split('&')).toHaveLength(2);
  return { subject: u.searchParams.get('subject'), body: decodeURIComponent(url.slice(url.indexOf('&body=') + 6)) };
}

describe('when each draft is offered', () => {
  it('the thank-you within 24 hours of the interview, not before it nor after', () => {
    expect(thanksDue(interview(), T + 2 * H)).toBe(true);
    expect(thanksDue(interview(), T + 24 * H - 1)).toBe(true);
    expect(thanksDue(interview(), T + 24 * H)).toBe(false);
    expect(thanksDue(interview(), T - H)).toBe(false);
    expect(thanksDue(undefined, T)).toBe(false);
  });
  it('the follow-up when the latest call since the interview reached no one', () => {
    expect(unansweredCall(interview(), [call('no-answer', T + 7 * 24 * H)])).toBe(true);
    expect(unansweredCall(interview(), [call('new-date', T + 8 * 24 * H), call('no-answer', T + 7 * 24 * H)])).toBe(false);
    expect(unansweredCall(interview(), [call('no-answer', T - H)])).toBe(false);
    expect(unansweredCall(interview(), [])).toBe(false);
  });
});

describe.each([
  ['en', en],
  ['fr', fr],
] as [string, MessageCatalog][])('drafts in %s', (_lang, catalog) => {
  const t = makeTranslator(catalog);
  const role = 'Développeur « full-stack » & DevOps, Lyon';
  it('every variant is whole: no empty line, no unreplaced placeholder; the role, the name, the noted point', () => {
    for (const i of [interview({ notes: '\n  Their move to Kubernetes\nsecond line' }), interview({ interviewerName: '', notes: '' })]) {
      for (const d of [thanksDraft(i, role, 'Wed 1 Apr', t), followUpDraft(i, role, 'Wed 1 Apr', t)]) {
        expect(d.subject).toContain(role);
        expect(`${d.subject}\n${d.body}`).not.toMatch(/\$|\n\n\n/);
        expect(d.body).toContain(role);
        for (const p of d.body.split('\n\n')) expect(p.trim()).not.toBe('');
        if (i.interviewerName) expect(d.body).toContain('Claire Martin');
      }
    }
    expect(thanksDraft(interview({ notes: '\n  Their move to Kubernetes\nsecond line' }), role, 'Wed 1 Apr', t).body).toContain(
      'Their move to Kubernetes',
    );
    expect(thanksDraft(interview({ notes: '\n  Their move to Kubernetes\nsecond line' }), role, 'Wed 1 Apr', t).body).not.toContain(
      'second line',
    );
  });

  it('signed with the profile: the name, then the phone and e-mail given, one per line after the sign-off', () => {
    const me = { name: 'Lou Martin', phone: '06 00 00 00 00', email: '' };
    for (const d of [thanksDraft(interview(), role, 'Wed 1 Apr', t, me), followUpDraft(interview(), role, 'Wed 1 Apr', t, me)]) {
      expect(d.body.endsWith(`${t('draftSignOff')}\nLou Martin\n06 00 00 00 00`)).toBe(true);
    }
    expect(thanksDraft(interview(), role, 'Wed 1 Apr', t).body.endsWith(t('draftSignOff'))).toBe(true);
  });

  it('the mailto URL carries the subject and body exactly, & ? # % + and line breaks included', () => {
    const d = thanksDraft(interview({ notes: 'R&D? 100% #1 + more' }), role, 'Wed 1 Apr', t);
    const url = mailtoUrl('', d);
    expect(url.length).toBeLessThanOrEqual(2000);
    const back = readMailto(url);
    expect(back.subject).toBe(d.subject);
    expect(back.body).toBe(d.body.replace(/\n/g, '\r\n'));
  });
});

describe('draftRecipient', () => {
  const contact = (name: string, email: string): Contact => ({ id: name, name, role: '', phone: '', email, link: '', note: '' });
  const zoe = interview({ interviewerName: 'Zoé Lambert' });

  it("is the interviewer's e-mail when they are a contact, whatever the case and accents of the name", () => {
    const contacts = [contact('Paul Durand', 'paul@hooli.test'), contact('zoe lambert', ' zoe.lambert+rh@hooli.test ')];
    expect(draftRecipient(contacts, zoe)).toBe('zoe.lambert+rh@hooli.test');
    // In the mail link, the address a mail client reads back.
    const url = mailtoUrl(draftRecipient(contacts, zoe), { subject: 'S', body: 'B' });
    expect(url).toBe('mailto:zoe.lambert%2Brh@hooli.test?subject=S&body=B');
    expect(decodeURIComponent(new URL(url).pathname)).toBe('zoe.lambert+rh@hooli.test');
  });

  it('is nobody when the interviewer is not a contact, has no e-mail, or was not named: never someone else', () => {
    expect(draftRecipient([contact('Paul Durand', 'paul@hooli.test')], zoe)).toBe('');
    expect(draftRecipient([contact('Zoé Lambert', '')], zoe)).toBe('');
    expect(
      draftRecipient([contact('', 'x@hooli.test'), contact('Paul Durand', 'paul@hooli.test')], interview({ interviewerName: ' ' })),
    ).toBe('');
    expect(draftRecipient([], zoe)).toBe('');
  });
});

describe('mailtoUrl', () => {
  it('keeps the recipient readable and encodes the rest', () => {
    expect(mailtoUrl('claire.martin@acme.test', { subject: 'a b', body: 'x' })).toBe('mailto:claire.martin@acme.test?subject=a%20b&body=x');
  });
  it('cuts a long body at a whole character, within the limit, ending in an ellipsis', () => {
    const body = `${'é'.repeat(500)}😀${'x'.repeat(2000)}`;
    for (const max of [300, 1000, 2000, 2001, 2002]) {
      const url = mailtoUrl('', { subject: 'S', body }, max);
      expect(url.length).toBeLessThanOrEqual(max);
      const back = readMailto(url).body;
      expect(back.endsWith('…')).toBe(true);
      expect(body.startsWith(back.slice(0, -1))).toBe(true);
      // Close to the limit: never more than one encoded character short of it.
      expect(url.length).toBeGreaterThan(max - 20);
    }
  });
});
