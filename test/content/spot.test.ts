// @vitest-environment happy-dom
/** Where the chip of a tracked job's own page goes: its heading, else the first heading of the content, else a corner. */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/content/annotate';
import { postingHeading } from '../../src/content/spot';
import { page, parse } from '../extract/fixtures';

describe('the posting heading', () => {
  it.each([
    ['workday/job.html', 'h2[data-automation-id="jobPostingHeader"]'], // Workday: no h1
    ['wttj/job-no-jsonld-en.html', '[data-testid="job-metadata-block"] h2'], // WTTJ: the title is an h2
    ['wttj/job-metadata-fr.html', '[data-testid="job-metadata-block"] h2'],
    ['linkedin/view.html', 'h1'],
  ])('%s: %s', (file, selector) => {
    const doc = page(file);
    expect(postingHeading(doc)).toBe(doc.querySelector(selector));
  });

  it('is none on a page without headings', () => {
    expect(postingHeading(parse('<main><p>Job</p></main>'))).toBeNull();
  });
});

describe('a chip without a heading', () => {
  it('sits in a fixed corner of the page', () => {
    const doc = parse('<main><p>Job</p></main>');
    const deps = { now: 0, message: (k: string) => k, weekday: () => '', open: () => {} };
    const state = { applicationId: 'a1', status: 'waiting', nextAt: null, nextKind: null } as never;
    expect(annotate(doc, [{ element: doc.body, jobKey: 'workday:x/R1', corner: true }], { 'workday:x/R1': state }, deps)).toBe(1);
    const chip = doc.body.querySelector('[data-relance-chip]') as HTMLElement;
    expect(chip.parentElement).toBe(doc.body);
    expect(chip.style.position).toBe('fixed');
  });
});
