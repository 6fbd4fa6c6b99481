import { describe, expect, it } from 'vitest';
import { jobKeyFor } from '../../src/extract/job-key';
import { jobKeyForSave, pageJobKey } from '../../src/core/page-job-key';
import type { PostingDraft } from '../../src/core/types';

const PAGE_URL = 'https://jobs.example.com/offers/42?utm_source=mail';
const posting = { title: 'Frontend developer', company: 'Acme', location: 'Lyon', url: 'https://jobs.example.com/offers/42' };

describe('pageJobKey', () => {
  it("takes the extractor's key, else one made from the tab's address", () => {
    const d: PostingDraft = { ...posting, jobKey: 'example:42' };
    expect(pageJobKey(d, PAGE_URL, jobKeyFor)).toBe('example:42');
    expect(pageJobKey({ ...d, jobKey: null }, PAGE_URL, jobKeyFor)).toBe('https://jobs.example.com/offers/42');
    expect(pageJobKey(null, null, jobKeyFor)).toBeNull();
  });
});

describe('jobKeyForSave', () => {
  const draft = { title: 'x', company: 'y', location: null, url: null, jobKey: 'key-from-page' };
  it('prefers the tracked key, then the page key, then the tab URL, then the URL typed', () => {
    expect(jobKeyForSave({ trackedJobKey: 'tracked', draft, pageUrl: PAGE_URL }, posting.url, jobKeyFor)).toBe('tracked');
    expect(jobKeyForSave({ trackedJobKey: null, draft, pageUrl: PAGE_URL }, posting.url, jobKeyFor)).toBe('key-from-page');
    expect(jobKeyForSave({ trackedJobKey: null, draft: null, pageUrl: PAGE_URL }, 'https://other.test/', jobKeyFor)).toBe(
      jobKeyFor(PAGE_URL),
    );
    expect(jobKeyForSave({ trackedJobKey: null, draft: null, pageUrl: null }, 'https://other.test/j?utm_source=x', jobKeyFor)).toBe(
      'https://other.test/j',
    );
  });

  it('keeps the URL as typed when no key can be made from it', () => {
    expect(jobKeyForSave({ trackedJobKey: null, draft: null, pageUrl: null }, 'not a url', jobKeyFor)).toBe('not a url');
  });
});
