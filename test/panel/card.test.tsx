// @vitest-environment happy-dom
// The closing card: its sections, ticks saved as they happen (click or number key), the hand-over to
// the debrief form pre-filled, and which application the panel shows.
import '../paris-time';

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardDraft } from '../../src/core/closing-card';
import type { PanelAsk, PanelContext } from '../../src/panel/api';
import { PanelApp } from '../../src/panel/app';
import { installCatalog, makeApplication } from '../popup/helpers';

import { byTab, byWorker, fakePanelApi, NOW, plan } from './helpers';

beforeEach(installCatalog);
afterEach(cleanup);

const acme = makeApplication({ nextInterview: plan() });

describe('the card', () => {
  it('shows the five sections, the suggested sentences, and the call date to propose: a week later, at the reminder hour', async () => {
    render(<PanelApp api={fakePanelApi([acme], { askedId: 'app-1' })} />);
    await screen.findByRole('heading', { name: 'Acme · Frontend developer', level: 2 });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Before they wrap up', 'Ask for their impression', 'Read the answer', 'Fix the next contact', 'Leave well']);
    expect(screen.getByText('“What are the next steps, and when?”')).toBeTruthy();
    expect(screen.getByText('“How do you see my application at this point?”')).toBeTruthy();
    // Tuesday 1 December + 7 days: Tuesday 8 December.
    expect(screen.getByText('“May I call you on Tuesday 8 December to hear your decision?”')).toBeTruthy();
    expect(screen.getByText(/A rejection often sounds like “undecided”/)).toBeTruthy();
    // A video call: look at the camera, no handshake.
    expect(screen.getByLabelText('Look at the camera')).toBeTruthy();
    expect(screen.queryByLabelText('Firm handshake, look them in the eye')).toBeNull();
    expect(screen.getByText(/It's never over/)).toBeTruthy();
  });

  it('on the phone: thank and smile in the voice, nothing to look at', async () => {
    render(<PanelApp api={fakePanelApi([makeApplication({ nextInterview: plan({ channel: 'phone' }) })], { askedId: 'app-1' })} />);
    await screen.findByLabelText('Smile: it shows in your voice');
    expect(screen.queryByLabelText('Look at the camera')).toBeNull();
    expect(screen.queryByLabelText('Firm handshake, look them in the eye')).toBeNull();
  });

  it('saves each tick as it happens, by click or by its number key; a ticked prompt drops its sentence', async () => {
    const api = fakePanelApi([acme], { askedId: 'app-1' });
    render(<PanelApp api={api} />);
    const box = await screen.findByLabelText('I know what happens next');
    await userEvent.click(box);
    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenLastCalledWith({ applicationId: 'app-1', ticks: ['nextStepPlanned'], heard: null }),
    );
    expect(screen.queryByText('“What are the next steps, and when?”')).toBeNull();
    // Key 4: the fourth item, "I asked for their impression".
    fireEvent.keyDown(document.body, { key: '4' });
    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenLastCalledWith({
        applicationId: 'app-1',
        ticks: ['nextStepPlanned', 'askedImpression'],
        heard: null,
      }),
    );
    expect((screen.getByLabelText('I asked for their impression') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: /Undecided/ }));
    await waitFor(() => expect(api.saveDraft).toHaveBeenLastCalledWith(expect.objectContaining({ heard: 'undecided' })));
    // The same key again unticks.
    fireEvent.keyDown(document.body, { key: '3' });
    await waitFor(() => expect(api.saveDraft).toHaveBeenLastCalledWith(expect.objectContaining({ ticks: ['askedImpression'] })));
    expect(await screen.findByText('Ticks saved.')).toBeTruthy();
  });

  it('two keys pressed in one go: the second builds on the first, nothing is lost', async () => {
    const api = fakePanelApi([acme], { askedId: 'app-1' });
    render(<PanelApp api={api} />);
    await screen.findByLabelText('I know what happens next');
    // Plain DOM events, in one task: no render between them (testing-library's fireEvent would flush one).
    const key = (k: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('1');
    key('2');
    (screen.getByRole('radio', { name: /Rejected/ }) as HTMLInputElement).click();
    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenLastCalledWith({
        applicationId: 'app-1',
        ticks: ['enoughInformation', 'strengthsPutForward'],
        heard: 'rejected',
      }),
    );
  });

  it('opens with the stored draft ticked; a refused save is said, the tick kept', async () => {
    const draft: CardDraft = { applicationId: 'app-1', ticks: ['thanked', 'smiled'], heard: 'convinced', updatedAt: NOW - 1 };
    const api = fakePanelApi([acme], { askedId: 'app-1', drafts: { 'app-1': draft } });
    api.saveDraft.mockRejectedValueOnce(Object.assign(new Error('errorNoWorker'), { name: 'MessageError' }));
    render(<PanelApp api={api} />);
    expect(((await screen.findByLabelText('Smile')) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Convinced/ }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByLabelText('Look at the camera'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/.+/);
    expect((screen.getByLabelText('Look at the camera') as HTMLInputElement).checked).toBe(true);
  });
});

describe('which application the panel shows', () => {
  const early = makeApplication({ id: 'early', posting: { ...acme.posting, company: 'Early' }, nextInterview: plan({ time: '10:00' }) });
  const late = makeApplication({ id: 'late', posting: { ...acme.posting, company: 'Late' }, nextInterview: plan({ time: '15:00' }) });

  it("without a tracked tab: today's interview nearest to now, and a switch between today's", async () => {
    const api = fakePanelApi([early, late]);
    render(<PanelApp api={api} />);
    await screen.findByRole('heading', { name: 'Late · Frontend developer' });
    const select = screen.getByLabelText("Today's interviews") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['10:00 · Early', '15:00 · Late']);
    fireEvent.change(select, { target: { value: 'early' } });
    await screen.findByRole('heading', { name: 'Early · Frontend developer' });
  });

  it('opens with the focus on the card, never on nothing: its title, from which Tab goes on to the items', async () => {
    render(<PanelApp api={fakePanelApi([early, late], { askedId: 'early' })} />);
    const title = await screen.findByRole('heading', { name: 'Early · Frontend developer' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /I know enough about the company/ }));
  });

  it('"interview soon" clicked: the card the worker asks for wins over the tracked tab and the card shown before', async () => {
    for (const when of ['while the context loads', 'while the tab card loads', 'on a card shown'] as const) {
      let ask: ((a: PanelAsk) => void) | undefined;
      // The active tab shows Early's posting; the reminder clicked is about Late's interview.
      const api = fakePanelApi([early, late], { askedId: 'early', asks: (cb) => void (ask = cb) });
      // The context and the tab's card load when the test says: the ask lands in between.
      let releaseContext!: () => void;
      const contextHeld = new Promise<void>((r) => (releaseContext = r));
      const load = api.loadContext;
      api.loadContext = vi.fn(async () => {
        await contextHeld;
        return load();
      });
      let releaseEarly!: () => void;
      const earlyHeld = new Promise<void>((r) => (releaseEarly = r));
      const loadCard = api.loadCard;
      api.loadCard = vi.fn(async (id: string) => {
        if (id === 'early') await earlyHeld;
        return loadCard(id);
      });
      const ready = vi.fn();
      render(<PanelApp api={api} onReady={ready} />);
      if (when === 'while the context loads') ask!(byWorker('late'));
      releaseContext();
      if (when === 'while the tab card loads') {
        await waitFor(() => expect(api.loadCard).toHaveBeenCalledWith('early'));
        ask!(byWorker('late'));
      }
      if (when === 'on a card shown') {
        releaseEarly();
        await screen.findByRole('heading', { name: 'Early · Frontend developer' });
        // The focus on one of its items: the card changes under it.
        screen.getByRole('checkbox', { name: /I know enough about the company/ }).focus();
        ask!(byWorker('late'));
      }
      releaseEarly();
      await waitFor(() => expect(ready).toHaveBeenCalled());
      const title = await screen.findByRole('heading', { name: 'Late · Frontend developer' });
      await waitFor(() => expect(api.loadCard).toHaveBeenCalledWith('late'));
      // Everything loaded: still Late's card, on its card (not its debrief form), the focus on its title.
      await new Promise((r) => setTimeout(r));
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Late · Frontend developer');
      expect(screen.getByRole('button', { name: 'The interview is over' })).toBeTruthy();
      if (when !== 'on a card shown') expect(document.activeElement).toBe(title);
      cleanup();
    }
  });

  it('the tracked tab wins; no interview today and none asked: says how to get one', async () => {
    render(<PanelApp api={fakePanelApi([early, late], { askedId: 'early' })} />);
    await screen.findByRole('heading', { name: 'Early · Frontend developer' });
    cleanup();
    render(<PanelApp api={fakePanelApi([makeApplication()])} />);
    await screen.findByText(/No interview planned today/);
  });
});

describe('"The interview is over": the debrief form, pre-filled', () => {
  it("takes the planned date and time, stage, interviewer, ticks, verdict heard and proposed call; saves the popup's message", async () => {
    const draft: CardDraft = {
      applicationId: 'app-1',
      ticks: ['enoughInformation', 'askedImpression', 'callProposed', 'thanked', 'smiled'],
      heard: 'undecided',
      updatedAt: NOW - 1,
    };
    const api = fakePanelApi([acme], { askedId: 'app-1', drafts: { 'app-1': draft } });
    render(<PanelApp api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'The interview is over' }));
    const form = (await screen.findByRole('heading', { name: 'Record the interview' })).closest('form')!;
    const f = within(form);
    expect((form.querySelector('#f-interviewAt') as HTMLInputElement).value).toBe('2026-12-01T14:00');
    expect((form.querySelector('#f-stage') as HTMLSelectElement).value).toBe('hiring-manager');
    expect((form.querySelector('#f-interviewerName') as HTMLInputElement).value).toBe('Léa Roux');
    expect((form.querySelector('#f-interviewerRole') as HTMLInputElement).value).toBe('CTO');
    const checked = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement).checked;
    expect(
      ['enoughInformation', 'strengthsPutForward', 'nextStepPlanned', 'askedImpression'].map((k) => checked(`f-synthesis-${k}`)),
    ).toEqual([true, false, false, true]);
    expect(['thanked', 'handshakeEyeContact', 'smiled'].map((k) => checked(`f-closing-${k}`))).toEqual([true, false, true]);
    expect((f.getByRole('radio', { name: /Undecided/ }) as HTMLInputElement).checked).toBe(true);
    expect((form.querySelector('#f-followUpAt') as HTMLInputElement).value).toBe('2026-12-08');
    expect(form.querySelector('#f-posting-title')).toBeNull();
    await userEvent.click(f.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.saveDebrief).toHaveBeenCalledTimes(1));
    const req = api.saveDebrief.mock.calls[0]![0];
    expect(req).toMatchObject({ jobKey: acme.jobKey, pageUrl: null, expectedRevision: acme.revision, posting: acme.posting });
    expect(req.debrief).toMatchObject({
      interviewAt: new Date(2026, 11, 1, 14, 0).getTime(),
      stage: 'hiring-manager',
      interviewerName: 'Léa Roux',
      verdict: 'undecided',
      followUpAt: new Date(2026, 11, 8, 9, 0).getTime(),
      synthesis: { enoughInformation: true, strengthsPutForward: false, nextStepPlanned: false, askedImpression: true },
      closing: { thanked: true, handshakeEyeContact: false, smiled: true },
    });
    const saved = await screen.findByText(/^Saved\. Follow-up call on/);
    expect(saved.textContent).toMatch(/8 Dec 2026/);
    // Saved: the focus on what was saved, not lost with the form.
    expect(document.activeElement).toBe(saved);
  });

  it('Cancel goes back to the card with its ticks', async () => {
    const api = fakePanelApi([acme], { askedId: 'app-1' });
    render(<PanelApp api={api} />);
    await userEvent.click(await screen.findByLabelText('Smile'));
    await userEvent.click(screen.getByRole('button', { name: 'The interview is over' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(((await screen.findByLabelText('Smile')) as HTMLInputElement).checked).toBe(true);
    // Back on the card's title, not on nothing: the Cancel button went with the form.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Acme · Frontend developer' })));
  });
});

describe('"How did it go?": the card starts on its debrief form', () => {
  const draft: CardDraft = { applicationId: 'app-1', ticks: ['askedImpression', 'thanked'], heard: 'convinced', updatedAt: NOW - 1 };
  const values = (form: HTMLElement) => {
    const v = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement).value;
    const c = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement).checked;
    return {
      at: v('f-interviewAt'),
      name: v('f-interviewerName'),
      asked: c('f-synthesis-askedImpression'),
      thanked: c('f-closing-thanked'),
    };
  };

  it("its own window (`?app=<id>&debrief=1`): the asked application's debrief form, pre-filled from the plan and the ticks", async () => {
    render(<PanelApp api={fakePanelApi([acme], { askedId: 'app-1', debrief: true, drafts: { 'app-1': draft } })} />);
    const form = (await screen.findByRole('heading', { name: 'Record the interview' })).closest('form')!;
    expect(values(form)).toEqual({ at: '2026-12-01T14:00', name: 'Léa Roux', asked: true, thanked: true });
    // Which interview it is, above the form.
    expect(screen.getByText('Acme · Frontend developer').compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect((within(form).getByRole('radio', { name: /Convinced/ }) as HTMLInputElement).checked).toBe(true);
    // Cancel: the card of that interview, its ticks kept.
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(((await screen.findByLabelText(/Thank them/)) as HTMLInputElement).checked).toBe(true);
  });

  it('the side panel told by the worker, before or after its context loaded: the debrief form of the application asked', async () => {
    const other = makeApplication({ id: 'other', posting: { ...acme.posting, company: 'Globex' }, nextInterview: plan({ time: '09:00' }) });
    for (const early of [true, false]) {
      let ask: ((a: PanelAsk) => void) | undefined;
      // The panel shows the active tab's application (Globex) until the worker asks for Acme's debrief.
      const api = fakePanelApi([other, acme], { askedId: 'other', drafts: { 'app-1': draft }, asks: (cb) => void (ask = cb) });
      // A slow start: the ask lands while the context is still loading, which must not undo it.
      const load = api.loadContext;
      api.loadContext = vi.fn(() => new Promise<PanelContext>((resolve) => setTimeout(() => resolve(load()), 30)));
      render(<PanelApp api={api} />);
      if (early) ask!(byWorker('app-1', true));
      else {
        await screen.findByRole('heading', { name: 'Globex · Frontend developer' });
        ask!(byWorker('app-1', true));
      }
      const form = (await screen.findByRole('heading', { name: 'Record the interview' })).closest('form')!;
      expect(values(form)).toEqual({ at: '2026-12-01T14:00', name: 'Léa Roux', asked: true, thanked: true });
      // A debrief being typed is never replaced, not even by a tab change.
      ask!(byTab('other'));
      await new Promise((r) => setTimeout(r, 20));
      expect(screen.getByRole('heading', { name: 'Record the interview' })).toBeTruthy();
      cleanup();
    }
  });

  it('without the debrief flag, the same application opens on its card', async () => {
    render(<PanelApp api={fakePanelApi([acme], { askedId: 'app-1', debrief: false })} />);
    await screen.findByRole('button', { name: 'The interview is over' });
    expect(screen.queryByRole('heading', { name: 'Record the interview' })).toBeNull();
  });
});
