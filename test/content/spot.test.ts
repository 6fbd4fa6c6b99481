// @vitest-environment happy-dom
/** Where the chip of a tracked job's own page goes: its heading, else the first heading of the content, else a corner. */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/content/annotate';
import type { ChipShown } from '../../src/core/chip';
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

const chip = (applicationId: string, text = 'Tracked'): ChipShown => ({
  applicationId,
  text,
  label: `Relance: ${text}.`,
  tone: 'scheduled',
});
const chipsOn = (doc: Document) => [...doc.querySelectorAll('[data-relance-chip]')];

describe('a chip without a heading', () => {
  it('sits in a fixed corner of the page', () => {
    const doc = parse('<main><p>Job</p></main>');
    expect(annotate(doc, [{ element: doc.body, jobKey: 'workday:x/R1', corner: true }], { 'workday:x/R1': chip('a1') }, () => {})).toBe(1);
    const host = doc.body.querySelector('[data-relance-chip]') as HTMLElement;
    expect(host.parentElement).toBe(doc.body);
    expect(host.style.position).toBe('fixed');
  });
});

describe('annotate', () => {
  const listing = () => {
    const doc = parse('<ul><li id="a">A</li><li id="b">B</li><li id="c">C</li></ul>');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    return { doc, a: a!, b: b!, c: c!, spots: [a!, b!, c!].map((element, k) => ({ element, jobKey: `linkedin:${k + 1}` })) };
  };

  it('chips the tracked cards only, and keeps one chip per card across refreshes', () => {
    const { doc, a, c, spots } = listing();
    expect(annotate(doc, spots, { 'linkedin:1': chip('x'), 'linkedin:3': chip('y') }, () => {})).toBe(2);
    const first = chipsOn(doc);
    expect(first.map((h) => h.parentElement)).toEqual([a, c]);
    annotate(doc, spots, { 'linkedin:1': chip('x', 'Follow up today'), 'linkedin:3': chip('y') }, () => {});
    expect(chipsOn(doc)).toEqual(first); // updated in place, not added again
  });

  it('removes the chip of a job no longer tracked, and of an element that no longer shows a job', () => {
    const { doc, b, spots } = listing();
    annotate(doc, spots, { 'linkedin:1': chip('x'), 'linkedin:2': chip('y'), 'linkedin:3': chip('z') }, () => {});
    annotate(doc, spots.slice(1), { 'linkedin:2': chip('y') }, () => {});
    expect(chipsOn(doc).map((h) => h.parentElement)).toEqual([b]);
  });

  it('replaces a chip an earlier copy of the script left (the extension was updated)', () => {
    const { doc, a, spots } = listing();
    const stale = doc.createElement('span');
    stale.setAttribute('data-relance-chip', '');
    a.append(stale);
    annotate(doc, spots, { 'linkedin:1': chip('x') }, () => {});
    expect(stale.isConnected).toBe(false);
    expect(chipsOn(doc).map((h) => h.parentElement)).toEqual([a]);
  });

  it('puts one chip on an element that shows two jobs: the first tracked one', () => {
    const { doc, a } = listing();
    const spots = [
      { element: a, jobKey: 'linkedin:8' },
      { element: a, jobKey: 'linkedin:9' },
    ];
    expect(annotate(doc, spots, { 'linkedin:9': chip('nine') }, () => {})).toBe(1);
    expect(annotate(doc, spots, { 'linkedin:9': chip('nine') }, () => {})).toBe(1);
    expect(chipsOn(doc)).toHaveLength(1);
  });

  it('ignores a key the worker did not send, even an inherited name', () => {
    const { doc, a } = listing();
    expect(annotate(doc, [{ element: a, jobKey: 'constructor' }], {}, () => {})).toBe(0);
    expect(chipsOn(doc)).toEqual([]);
  });
});
