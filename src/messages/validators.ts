import { checkCardDraft } from '../core/closing-card';
import { checkContact, checkProfile } from '../core/contacts';
import { checkFullApplication } from '../core/export';
import { checkPlannedInterview } from '../core/planned-interview';
import { checkDebrief, checkPosting, isRecord, text, type Checked, type FieldError } from '../core/validate';
import { checkOutcome, checkSettings } from '../core/validate-outcome';
import { LIMITS } from '../core/types';
import { isJobKey } from '../extract/job-key';
import type { MessageType, RequestOf } from './protocol';

type Validators = { [K in MessageType]: (data: unknown) => Checked<RequestOf<K>> };

/** A message whose only data is one record id. */
const idOnly =
  <F extends string>(field: F) =>
  (data: unknown): Checked<Record<F, string>> => {
    const id = isRecord(data) ? text(data[field], 100) : '';
    return id ? { ok: true, value: { [field]: id } as Record<F, string> } : { ok: false, errors: [{ field, message: 'errorBadMessage' }] };
  };

/** An optional revision: absent, or a whole number ≥ 0. */
function revisionOf(o: Record<string, unknown>, errors: FieldError[]): number | undefined {
  const rev = o.expectedRevision;
  if (rev === undefined) return undefined;
  if (Number.isInteger(rev) && (rev as number) >= 0) return rev as number;
  errors.push({ field: 'expectedRevision', message: 'errorBadMessage' });
  return undefined;
}

/** A required record id (trimmed, capped), or an error on `field`. */
function idOf(o: Record<string, unknown>, field: string, errors: FieldError[]): string {
  const id = text(o[field], 100);
  if (!id) errors.push({ field, message: 'errorBadMessage' });
  return id;
}

const done = <T>(errors: FieldError[], value: T): Checked<T> => (errors.length ? { ok: false, errors } : { ok: true, value });

/** The shape check of each message, run by the router before any handler sees the data. */
export const validators: Validators = {
  saveDebrief(data) {
    const o = isRecord(data) ? data : {};
    const posting = checkPosting(o.posting);
    const debrief = checkDebrief(o.debrief);
    const jobKey = text(o.jobKey, LIMITS.url);
    const errors = [...(posting.ok ? [] : posting.errors), ...(debrief.ok ? [] : debrief.errors)];
    if (!isJobKey(jobKey)) errors.push({ field: 'jobKey', message: 'errorBadMessage' });
    const rev = o.expectedRevision;
    if (rev !== undefined && !(Number.isInteger(rev) && (rev as number) >= 0))
      errors.push({ field: 'expectedRevision', message: 'errorBadMessage' });
    if (!posting.ok || !debrief.ok || errors.length) return { ok: false, errors };
    const pageUrl = text(o.pageUrl, LIMITS.url) || null;
    return {
      ok: true,
      value: { posting: posting.value, debrief: debrief.value, jobKey, pageUrl, expectedRevision: rev as number | undefined },
    };
  },
  completeReminder: idOnly('reminderId'),
  snoozeReminder: idOnly('reminderId'),
  calendarFile(data) {
    if (!isRecord(data)) return { ok: false, errors: [{ field: 'reminderId', message: 'errorBadMessage' }] };
    if (data.reminderId !== undefined && data.applicationId !== undefined)
      return { ok: false, errors: [{ field: 'applicationId', message: 'errorBadMessage' }] };
    if (data.applicationId !== undefined) return idOnly('applicationId')(data);
    if (data.reminderId === undefined) return { ok: true, value: {} };
    return idOnly('reminderId')(data);
  },
  openPosting: idOnly('applicationId'),
  openApplication: idOnly('applicationId'),
  linkPosting(data) {
    const o = isRecord(data) ? data : {};
    const applicationId = text(o.applicationId, 100);
    const jobKey = text(o.jobKey, LIMITS.url);
    const rev = o.expectedRevision;
    const errors: FieldError[] = [];
    if (!applicationId) errors.push({ field: 'applicationId', message: 'errorBadMessage' });
    if (!isJobKey(jobKey)) errors.push({ field: 'jobKey', message: 'errorBadMessage' });
    if (rev !== undefined && !(Number.isInteger(rev) && (rev as number) >= 0))
      errors.push({ field: 'expectedRevision', message: 'errorBadMessage' });
    if (errors.length) return { ok: false, errors };
    return {
      ok: true,
      value: { applicationId, jobKey, pageUrl: text(o.pageUrl, LIMITS.url) || null, expectedRevision: rev as number | undefined },
    };
  },
  jobChips(data) {
    const keys = isRecord(data) && Array.isArray(data.jobKeys) ? data.jobKeys : null;
    // A listing page has tens of cards, a long infinite scroll a few hundred: 500 bounds the work.
    if (!keys || keys.length > 500 || !keys.every((k) => typeof k === 'string' && k.length <= LIMITS.url && isJobKey(k)))
      return { ok: false, errors: [{ field: 'jobKeys', message: 'errorBadMessage' }] };
    return { ok: true, value: { jobKeys: [...new Set(keys as string[])] } };
  },

  recordOutcome(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const reminderId = o.reminderId === undefined ? undefined : idOf(o, 'reminderId', errors);
    const outcome = checkOutcome(o.outcome, 'outcome.');
    if (!outcome.ok) errors.push(...outcome.errors);
    const expectedRevision = revisionOf(o, errors);
    if (!outcome.ok) return { ok: false, errors };
    return done(errors, { applicationId, ...(reminderId === undefined ? {} : { reminderId }), outcome: outcome.value, expectedRevision });
  },
  resolveProbablyClosed(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const decision = o.decision === 'confirm' || o.decision === 'keep' ? o.decision : null;
    if (!decision) errors.push({ field: 'decision', message: 'errorBadMessage' });
    const expectedRevision = revisionOf(o, errors);
    return done(errors, { applicationId, decision: decision!, expectedRevision });
  },
  updatePosting(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const posting = checkPosting(o.posting);
    if (!posting.ok) errors.push(...posting.errors);
    const expectedRevision = revisionOf(o, errors);
    if (!posting.ok) return { ok: false, errors };
    return done(errors, { applicationId, posting: posting.value, expectedRevision });
  },
  trackInterview(data) {
    const o = isRecord(data) ? data : {};
    const posting = checkPosting(o.posting);
    const plan = checkPlannedInterview(o.plan);
    const jobKey = text(o.jobKey, LIMITS.url);
    const errors = [...(posting.ok ? [] : posting.errors), ...(plan.ok ? [] : plan.errors)];
    if (!isJobKey(jobKey)) errors.push({ field: 'jobKey', message: 'errorBadMessage' });
    if (!posting.ok || !plan.ok || errors.length) return { ok: false, errors };
    return { ok: true, value: { posting: posting.value, jobKey, pageUrl: text(o.pageUrl, LIMITS.url) || null, plan: plan.value } };
  },
  planInterview(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const plan = o.plan === null ? null : checkPlannedInterview(o.plan);
    if (plan && !plan.ok) errors.push(...plan.errors);
    const expectedRevision = revisionOf(o, errors);
    if (plan && !plan.ok) return { ok: false, errors };
    return done(errors, { applicationId, plan: plan?.value ?? null, expectedRevision });
  },
  updateInterview(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const interviewId = idOf(o, 'interviewId', errors);
    const debrief = checkDebrief(o.debrief);
    if (!debrief.ok) errors.push(...debrief.errors);
    const expectedRevision = revisionOf(o, errors);
    if (!debrief.ok) return { ok: false, errors };
    return done(errors, { interviewId, debrief: debrief.value, expectedRevision });
  },
  deleteApplication(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    return done(errors, { applicationId, expectedRevision: revisionOf(o, errors) });
  },
  restoreApplication(data) {
    // The rows delete returned, checked like the records of an imported file.
    const set = checkFullApplication(data, isJobKey);
    return set.ok ? { ok: true, value: set.value } : { ok: false, errors: [{ field: set.problem, message: 'errorBadMessage' }] };
  },
  saveSettings: checkSettings,
  importData(data) {
    // Only the type here: the size, syntax and every record are checked by validateExport, whose
    // messages name the problem (a 50 MB file gets "too large", not "invalid message").
    const json = isRecord(data) ? data.json : undefined;
    return typeof json === 'string'
      ? { ok: true, value: { json } }
      : { ok: false, errors: [{ field: 'json', message: 'errorBadMessage' }] };
  },
  openDashboard(data) {
    const o = isRecord(data) ? data : {};
    if (o.applicationId === undefined) return { ok: true, value: {} };
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    return done(errors, { applicationId });
  },
  refreshList: () => ({ ok: true, value: {} }),
  saveCardDraft: checkCardDraft,
  discardCardDraft: idOnly('applicationId'),

  saveContact(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const contact = checkContact(o.contact);
    if (!contact.ok) errors.push(...contact.errors);
    const expectedRevision = revisionOf(o, errors);
    if (!contact.ok) return { ok: false, errors };
    return done(errors, { applicationId, contact: contact.value, expectedRevision });
  },
  removeContact(data) {
    const o = isRecord(data) ? data : {};
    const errors: FieldError[] = [];
    const applicationId = idOf(o, 'applicationId', errors);
    const contactId = idOf(o, 'contactId', errors);
    return done(errors, { applicationId, contactId, expectedRevision: revisionOf(o, errors) });
  },
  saveProfile(data) {
    const o = isRecord(data) ? data : {};
    if (o.profile === null) return { ok: true, value: { profile: null } };
    const profile = checkProfile(o.profile);
    return profile.ok ? { ok: true, value: { profile: profile.value } } : profile;
  },
};
