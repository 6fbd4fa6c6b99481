import { ext } from './ext';
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
    reply = (await ext.runtime.sendMessage({ type, data })) as Reply<ReplyOf<K>> | undefined;
  } catch {
    throw new MessageError('errorNoWorker');
  }
  if (!reply) throw new MessageError('errorNoWorker');
  if (!reply.ok) throw new MessageError(reply.error, reply.fields);
  return reply.value;
}

/** Content scripts: runs `callback` when the worker says applications changed. */
export function onApplicationsChanged(callback: () => void): void {
  // Answers nothing (returns undefined): the one kind of listener `chrome` and `browser` treat alike.
  ext.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === APPLICATIONS_CHANGED) callback();
    return undefined;
  });
}
