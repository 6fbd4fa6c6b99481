import { isRecord, type FieldError } from '../core/validate';
import { CONTENT_SCRIPT_MESSAGES, type MessageType, type Reply, type RequestOf, type ReplyOf } from './protocol';
import { validators } from './validators';

export type Handlers = { [K in MessageType]: (data: RequestOf<K>) => Promise<ReplyOf<K>> };

/** Who sent a message, as `runtime.onMessage` reports it. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface RouterOptions {
  /** This extension's id: messages from anyone else are refused. */
  extensionId: string;
  /** This extension's origin (`chrome-extension://<id>/`): only its own pages may write. */
  extensionOrigin: string;
  /** Whether a page is one of the job sites the content script is declared for. */
  isJobSite: (url: string) => boolean;
}

/**
 * Turns one handler per message type into the `onMessage` listener: checks the sender, drops
 * unknown types, validates the data, and wraps the result or the error in a `Reply`.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (sender.id !== options.extensionId || !sender.url) return { ok: false, error: 'errorSender' };
    const fromExtension = sender.url.startsWith(options.extensionOrigin);
    if (!fromExtension && !options.isJobSite(sender.url)) return { ok: false, error: 'errorSender' };
    if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(validators, message.type)) {
      return { ok: false, error: 'errorUnknownMessage' };
    }
    const type = message.type as MessageType;
    // Content scripts live in pages nobody here controls: they may only read job states and open the extension.
    if (!fromExtension && !CONTENT_SCRIPT_MESSAGES.includes(type)) return { ok: false, error: 'errorSender' };
    const checked = validators[type](message.data);
    if (!checked.ok) return { ok: false, error: 'errorInvalidMessage', fields: checked.errors };
    try {
      const handler = handlers[type] as (data: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(checked.value) };
    } catch (e) {
      const error = errorKey(e);
      // An error raised with details (an import refused: which record, what is wrong) passes them on.
      const fields = error !== 'errorStorage' ? detailsOf(e) : undefined;
      return fields ? { ok: false, error, fields } : { ok: false, error };
    }
  };
}

/** Errors travel as i18n keys where Relance raised them, else as a generic key with the cause logged. */
function errorKey(e: unknown): string {
  if (e instanceof Error && /^error[A-Z][A-Za-z]*$/.test(e.message)) return e.message;
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'errorQuota';
  console.error('Relance: handler failed', e);
  return 'errorStorage';
}

function detailsOf(e: unknown): FieldError[] | undefined {
  const fields = (e as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return undefined;
  const ok = fields.every((f) => isRecord(f) && typeof f.field === 'string' && typeof f.message === 'string');
  return ok ? (fields as FieldError[]).map(({ field, message }) => ({ field, message })) : undefined;
}
