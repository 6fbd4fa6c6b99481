/** What each item of the closing card says, and how it is read from the keyboard: the card's words, apart from its logic. */
import type { CardTick, HeardVerdict } from '../core/closing-card';
import type { Channel } from '../core/types';
import { uiLocale } from '../ui/i18n';

/** The suggested sentence of an item, shown while it is not ticked (docs/method.md §1, §2). */
export const SAY: Partial<Record<CardTick, string>> = {
  enoughInformation: 'cardWrapUpInfoSay',
  strengthsPutForward: 'cardWrapUpStrengthsSay',
  nextStepPlanned: 'cardWrapUpNextSay',
  askedImpression: 'cardImpressionSay',
};

export const READ: Record<HeardVerdict, string> = {
  convinced: 'cardReadConvinced',
  undecided: 'cardReadUndecided',
  rejected: 'cardReadRejected',
};

/** An item's label: leaving well depends on the channel (docs/method.md §4). */
export function labelOf(tick: CardTick, channel: Channel | null): string {
  switch (tick) {
    case 'enoughInformation':
      return 'cardWrapUpInfo';
    case 'strengthsPutForward':
      return 'cardWrapUpStrengths';
    case 'nextStepPlanned':
      return 'cardWrapUpNext';
    case 'askedImpression':
      return 'cardImpressionTick';
    case 'callProposed':
      return 'cardNextTick';
    case 'thanked':
      return 'cardLeaveThank';
    case 'handshakeEyeContact':
      return channel === 'video' ? 'cardLeaveCamera' : 'cardLeaveHandshake';
    case 'smiled':
      return channel === 'phone' ? 'cardLeaveSmileVoice' : 'cardLeaveSmile';
  }
}

/** Typing in a field is never taken for an item's key. */
export const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)));

/** A date as it is said aloud, in the UI language: "Tuesday 21 April" / "mardi 21 avril". */
export function spokenDate(at: number): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
}
