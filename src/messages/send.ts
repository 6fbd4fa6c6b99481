import browser from 'webextension-polyfill';
import { APPLICATIONS_CHANGED, type MessageType, type Reply, type ReplyOf, type RequestOf } from './protocol';
import type { FieldError } from '../core/validate';

/** A refused message: `message` is an i18n key, `fields` the per-field errors when validation failed. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends one typed message to the service worker and unwraps its reply. */
export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ReplyOf<K>> {
  let reply: Reply<ReplyOf<K>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, data })) as Reply<ReplyOf<K>> | undefined;
  } catch {
    throw new MessageError('errorNoWorker');
  }
  if (!reply) throw new MessageError('errorNoWorker');
  if (!reply.ok) throw new MessageError(reply.error, reply.fields);
  return reply.value;
}

/** Registers the router as the runtime message listener (the worker's only one). */
export function listen(route: (message: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender));
}

/** Content scripts: runs `callback` when the worker says applications changed. */
export function onApplicationsChanged(callback: () => void): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === APPLICATIONS_CHANGED) callback();
    return undefined;
  });
}
