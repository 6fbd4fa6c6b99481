/** A saved debrief shown at once, without reading the store again: the worker's reply is enough. */
import type { DebriefInput, Interview } from '../../core/types';
import type { SaveDebriefReply } from '../../messages/protocol';

/**
 * The stored interview as the worker wrote it, for the application view right after saving: the reply
 * carries the application and reminders, and the reminders name the interview's id.
 */
export function savedInterview(reply: SaveDebriefReply, debrief: DebriefInput): Interview {
  return {
    ...debrief,
    id: reply.reminders[0]?.interviewId ?? `new-${reply.application.revision}`,
    applicationId: reply.application.id,
    createdAt: reply.application.updatedAt,
  };
}

/** Interviews newest first, by interview time. */
export const newestFirst = (list: Interview[]): Interview[] => [...list].sort((a, b) => b.interviewAt - a.interviewAt);
