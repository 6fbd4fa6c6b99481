import { isJobKey } from '../core/job-key';
import { checkDebrief, checkPosting, isRecord, text, type Checked, type FieldError } from '../core/validate';
import { LIMITS } from '../core/types';
import type { MessageType, RequestOf } from './protocol';

type Validators = { [K in MessageType]: (data: unknown) => Checked<RequestOf<K>> };

/** A message whose only data is one record id. */
const idOnly =
  <F extends string>(field: F) =>
  (data: unknown): Checked<Record<F, string>> => {
    const id = isRecord(data) ? text(data[field], 100) : '';
    return id ? { ok: true, value: { [field]: id } as Record<F, string> } : { ok: false, errors: [{ field, message: 'errorBadMessage' }] };
  };

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
    if (rev !== undefined && !(Number.isInteger(rev) && (rev as number) >= 0)) errors.push({ field: 'expectedRevision', message: 'errorBadMessage' });
    if (errors.length) return { ok: false, errors };
    return { ok: true, value: { applicationId, jobKey, pageUrl: text(o.pageUrl, LIMITS.url) || null, expectedRevision: rev as number | undefined } };
  },
  jobStates(data) {
    const keys = isRecord(data) && Array.isArray(data.jobKeys) ? data.jobKeys : null;
    // A listing page has tens of cards, a long infinite scroll a few hundred: 500 bounds the work.
    if (!keys || keys.length > 500 || !keys.every((k) => typeof k === 'string' && k.length <= LIMITS.url && isJobKey(k)))
      return { ok: false, errors: [{ field: 'jobKeys', message: 'errorBadMessage' }] };
    return { ok: true, value: { jobKeys: [...new Set(keys as string[])] } };
  },
};
