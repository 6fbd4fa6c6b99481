// The worker's word to the side panel: which card to show (messages/closing-card.ts).
import { describe, expect, it } from 'vitest';
import { askPanel, cardAskOf } from '../../src/messages/closing-card';

describe('askPanel', () => {
  it('asks again while the panel is still loading (no listener, or no answer), and stops at the first answer', async () => {
    const sent: unknown[] = [];
    const answers: (() => Promise<unknown>)[] = [
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      () => Promise.resolve(undefined),
      () => Promise.resolve(true),
    ];
    const runtime = {
      sendMessage: (m: unknown) => {
        sent.push(m);
        return answers[sent.length - 1]!();
      },
    };
    expect(await askPanel(runtime, { applicationId: 'a1', debrief: true }, 5, 1)).toBe(true);
    expect(sent).toEqual([0, 1, 2].map(() => ({ type: 'relance:show-card', applicationId: 'a1', debrief: true })));
  });

  it('gives up after its tries when no panel answers', async () => {
    let calls = 0;
    const runtime = { sendMessage: async () => void calls++ };
    expect(await askPanel(runtime, { applicationId: 'a1', debrief: true }, 3, 1)).toBe(false);
    expect(calls).toBe(3);
  });
});

describe('cardAskOf', () => {
  const worker = { id: 'ext' };
  const ask = { type: 'relance:show-card', applicationId: 'a1', debrief: true };

  it("takes the extension's own worker's ask", () => {
    expect(cardAskOf(ask, worker, 'ext')).toEqual({ applicationId: 'a1', debrief: true });
    expect(cardAskOf({ ...ask, debrief: 'yes' }, worker, 'ext')).toEqual({ applicationId: 'a1', debrief: false });
  });

  it('drops a content script (a tab), another extension, another type, a bad or overlong id', () => {
    expect(cardAskOf(ask, { id: 'ext', tab: { id: 3 } }, 'ext')).toBeNull();
    expect(cardAskOf(ask, { id: 'other' }, 'ext')).toBeNull();
    expect(cardAskOf({ ...ask, type: 'saveDebrief' }, worker, 'ext')).toBeNull();
    expect(cardAskOf({ ...ask, applicationId: 3 }, worker, 'ext')).toBeNull();
    expect(cardAskOf({ ...ask, applicationId: '' }, worker, 'ext')).toBeNull();
    expect(cardAskOf({ ...ask, applicationId: 'x'.repeat(201) }, worker, 'ext')).toBeNull();
    expect(cardAskOf(null, worker, 'ext')).toBeNull();
  });
});
