import { isRecord } from '../core/validate';
import type { MessageType, Protocol, Reply, RequestOf, ReplyOf } from './protocol';
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
}

/**
 * Turns one handler per message type into the `onMessage` listener: checks the sender, drops
 * unknown types, validates the data, and wraps the result or the error in a `Reply`.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (sender.id !== options.extensionId || !sender.url?.startsWith(options.extensionOrigin)) {
      return { ok: false, error: 'errorSender' };
    }
    if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(validators, message.type)) {
      return { ok: false, error: 'errorUnknownMessage' };
    }
    const type = message.type as MessageType;
    const checked = validators[type](message.data);
    if (!checked.ok) return { ok: false, error: 'errorInvalidMessage', fields: checked.errors };
    try {
      const handler = handlers[type] as (data: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(checked.value) };
    } catch (e) {
      return { ok: false, error: errorKey(e) };
    }
  };
}

/** Errors travel as i18n keys where we raised them, else as a generic key with the cause logged. */
function errorKey(e: unknown): string {
  if (e instanceof Error && /^error[A-Z][A-Za-z]*$/.test(e.message)) return e.message;
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'errorQuota';
  console.error('Relance: handler failed', e);
  return 'errorStorage';
}

export type { Protocol };
