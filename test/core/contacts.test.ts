import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from '../../src/core/contact-links';
import { checkContact, checkProfile, isEmail, isPhone } from '../../src/core/contacts';
import { contactNamed, contactsOfInterviews, peopleOfDebrief, withDebriefContacts } from '../../src/core/debrief-contacts';
import type { Contact } from '../../src/core/types';

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  name: 'Anne Roy',
  role: '',
  phone: '',
  email: '',
  link: '',
  note: '',
  ...over,
});

describe('phone and e-mail shapes', () => {
  it.each(['+33 6 12 34 56 78', '06.12.34.56.78', '(555) 010-2345', '112', '+1-202-555-0143', '01/23/45/67/89'])(
    '%s is a phone number',
    (p) => expect(isPhone(p)).toBe(true),
  );
  it.each(['', '12', 'call me', '06 12 34 56 78 ext. 4', '+33 6 12 34 56 78 +', `+${'1'.repeat(21)}`, 'javascript:alert(1)'])(
    '%s is not',
    (p) => expect(isPhone(p)).toBe(false),
  );
  it.each(['anne@acme.test', 'anne.roy+jobs@mail.acme.co.uk'])('%s is an e-mail address', (e) => expect(isEmail(e)).toBe(true));
  it.each(['anne', 'anne@', '@acme.test', 'anne@acme', 'anne roy@acme.test', 'a@b@c.test', 'anne@acme..test'])('%s is not', (e) =>
    expect(isEmail(e)).toBe(false),
  );
});

describe('checkContact', () => {
  it('keeps a full contact, trimmed, and drops unknown keys', () => {
    const r = checkContact({
      id: ' c9 ',
      name: '  Anne Roy ',
      role: 'HR',
      phone: '+33 6 12 34 56 78',
      email: 'anne@acme.test',
      link: 'https://www.linkedin.com/in/anne-roy',
      note: 'Calls before 10',
      extra: 1,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'c9',
        name: 'Anne Roy',
        role: 'HR',
        phone: '+33 6 12 34 56 78',
        email: 'anne@acme.test',
        link: 'https://www.linkedin.com/in/anne-roy',
        note: 'Calls before 10',
      },
    });
  });

  it('a name is enough; no id is a new contact', () => {
    expect(checkContact({ name: 'Léa' })).toEqual({ ok: true, value: { name: 'Léa', role: '', phone: '', email: '', link: '', note: '' } });
  });

  it('names each bad field: no name, a phone, an e-mail, a link that is not http(s)', () => {
    const r = checkContact({ name: '', phone: 'soon', email: 'anne', link: 'javascript:alert(1)' });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'contact.name', message: 'errorContactNameRequired' },
      { field: 'contact.phone', message: 'errorPhoneInvalid' },
      { field: 'contact.email', message: 'errorEmailInvalid' },
      { field: 'contact.link', message: 'errorLinkInvalid' },
    ]);
    for (const link of ['ftp://acme.test/', 'data:text/html,x', 'linkedin.com/in/anne'])
      expect(checkContact({ name: 'A', link }).ok, link).toBe(false);
  });

  it('refuses what is over its cap instead of cutting an address short; caps the free text', () => {
    expect(checkContact({ name: 'A', email: `${'a'.repeat(250)}@acme.test` }).ok).toBe(false);
    expect(checkContact({ name: 'A', link: `https://acme.test/${'x'.repeat(2048)}` }).ok).toBe(false);
    const r = checkContact({ name: 'n'.repeat(300), note: 'x'.repeat(900) });
    expect(r.ok && [r.value.name.length, r.value.note.length]).toEqual([200, 500]);
  });

  it('the profile: all optional, a phone and an e-mail in their shapes', () => {
    expect(checkProfile({})).toEqual({ ok: true, value: { name: '', phone: '', email: '' } });
    const r = checkProfile({ name: 'Lou', phone: 'x', email: 'y' });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['profile.phone', 'profile.email']);
  });
});

describe('links', () => {
  it('tel: keeps the digits and a leading +', () => {
    expect(telHref(' +33 6 12-34.56 (78) ')).toBe('tel:+33612345678');
    expect(telHref('06 12 34 56 78')).toBe('tel:0612345678');
  });
  it('mailto: encodes everything but the @', () => {
    expect(mailtoHref('anne.roy+jobs@acme.test')).toBe('mailto:anne.roy%2Bjobs@acme.test');
  });
});

describe('the people of a debrief become contacts', () => {
  const base = { interviewerName: 'Anne Roy', interviewerRole: 'HR', feeling: 'well' as const, recoveryContacts: 'Paul' };

  it('the interviewer; the recovery contacts only when it went badly, with a role in brackets', () => {
    expect(peopleOfDebrief(base)).toEqual([{ name: 'Anne Roy', role: 'HR' }]);
    expect(peopleOfDebrief({ ...base, feeling: 'badly', recoveryContacts: 'Paul Lenoir (CTO); Léa\nMarc, Zoé (sales lead)' })).toEqual([
      { name: 'Anne Roy', role: 'HR' },
      { name: 'Paul Lenoir', role: 'CTO' },
      { name: 'Léa', role: '' },
      { name: 'Marc', role: '' },
      { name: 'Zoé', role: 'sales lead' },
    ]);
    expect(peopleOfDebrief({ ...base, interviewerName: ' ' })).toEqual([]);
  });

  it('adds whom the list lacks, once whatever the case; a known one gains a role it had not', () => {
    let n = 0;
    const newId = () => `n${++n}`;
    const known = [contact({ name: 'anne roy', phone: '0612345678' })];
    expect(withDebriefContacts(known, base, newId)).toEqual([contact({ name: 'anne roy', phone: '0612345678', role: 'HR' })]);
    expect(withDebriefContacts([contact({ role: 'Recruiter' })], base, newId)).toEqual([contact({ role: 'Recruiter' })]);
    expect(withDebriefContacts([], { ...base, interviewerName: 'Paul' }, newId)).toEqual([contact({ id: 'n1', name: 'Paul', role: 'HR' })]);
  });

  it('never more than 50 contacts', () => {
    const full = Array.from({ length: 50 }, (_, i) => contact({ id: `c${i}`, name: `P${i}` }));
    expect(withDebriefContacts(full, base, () => 'x')).toHaveLength(50);
  });

  it('from recorded interviews, oldest first, with ids derived from theirs', () => {
    const older = { ...base, id: 'i1', interviewAt: 1, interviewerRole: '' };
    const newer = { ...base, id: 'i2', interviewAt: 2, feeling: 'badly' as const, recoveryContacts: 'Paul (CTO)' };
    expect(contactsOfInterviews([newer, older])).toEqual([
      contact({ id: 'i1-contact-0', role: 'HR' }),
      contact({ id: 'i2-contact-0', name: 'Paul', role: 'CTO' }),
    ]);
    expect(contactNamed(contactsOfInterviews([newer]), ' paul ')?.role).toBe('CTO');
    expect(contactNamed([], '')).toBeUndefined();
  });
});
