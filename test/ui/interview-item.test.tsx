// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Interview } from '../../src/core/types';
import { InterviewItem } from '../../src/ui/interview-item';
import { nextInterviewText } from '../../src/ui/next-interview';
import { makeDebrief } from '../builders';
import { installCatalog, NOW } from '../popup/helpers';

beforeEach(installCatalog);
afterEach(cleanup);

const interview = (over: Partial<Interview> = {}): Interview => ({
  ...makeDebrief({ interviewAt: NOW, followUpAt: NOW + 7 * 86400_000 }),
  id: 'i',
  applicationId: 'a',
  createdAt: NOW,
  ...over,
});
const terms = () => [...document.querySelectorAll('dt')].map((d) => d.textContent);

describe('InterviewItem: what was not said is not shown', () => {
  it('a said stage and feeling are shown', () => {
    render(<InterviewItem interview={interview({ stage: 'team', feeling: 'well' })} />);
    expect(screen.getByRole('heading').textContent).toMatch(/ · Team$/);
    expect(terms()).toContain('Felt');
    expect(screen.getByText('Well')).toBeTruthy();
  });

  it('no stage in the heading and no feeling when they were not said', () => {
    render(<InterviewItem interview={interview({ stage: null, feeling: null })} />);
    expect(screen.getByRole('heading').textContent).not.toContain('·');
    expect(terms()).not.toContain('Felt');
  });
});

describe('nextInterviewText', () => {
  it('names the stage when known', () => {
    expect(nextInterviewText({ on: '', withWhom: 'Paul Durand', stage: 'director', time: '', channel: null, role: '' })).toBe(
      'Director with Paul Durand',
    );
  });

  it('a planned interview of no known stage: whom and when, with no made-up stage', () => {
    expect(nextInterviewText({ on: '', withWhom: 'Paul Durand', stage: null, time: '', channel: null, role: '' })).toBe('Paul Durand');
    const dated = nextInterviewText({ on: '2026-12-08', withWhom: 'Paul Durand', stage: null, time: '', channel: null, role: '' });
    expect(dated).toMatch(/^Paul Durand, Tue,? 8 Dec 2026$/);
    expect(nextInterviewText({ on: '2026-12-08', withWhom: '', stage: null, time: '', channel: null, role: '' })).toMatch(
      /^Tue,? 8 Dec 2026$/,
    );
  });
});

describe('nextInterviewText of a planned interview with its time, format and role', () => {
  it('names the role after the interviewer, the start time after the day, and the format', () => {
    const text = nextInterviewText({
      on: '2026-12-08',
      time: '14:30',
      channel: 'video',
      withWhom: 'Paul Durand',
      role: 'CTO',
      stage: 'final',
    });
    expect(text).toMatch(/^Final with Paul Durand \(CTO\), Tue,? 8 Dec 2026,? 14:30 · Video call$/);
  });

  it('a role with no name stands for the interviewer', () => {
    expect(nextInterviewText({ on: '', time: '', channel: 'phone', withWhom: '', role: 'CTO', stage: null })).toBe('CTO · Phone');
  });
});
