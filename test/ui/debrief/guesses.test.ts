import { describe, expect, it } from 'vitest';
import type { PostingDraft } from '../../../src/core/types';
import { postingFields } from '../../../src/ui/debrief/form-state';
import { guessesOf, isGuessed } from '../../../src/ui/debrief/guesses';
import { PAGE_URL } from '../../popup/helpers';

function draft(over: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: 'Frontend developer',
    company: 'Acme',
    location: 'Lyon',
    url: 'https://jobs.example.com/offers/42',
    jobKey: 'example:42',
    ...over,
  };
}

describe('guessed fields', () => {
  it('guessesOf keeps non-empty heuristic fields only; isGuessed follows the value', () => {
    const d = draft({ location: null, sources: { title: 'heuristic', company: 'meta', location: 'heuristic' } });
    const posting = postingFields(d, PAGE_URL);
    const guesses = guessesOf(d, posting);
    expect(guesses).toEqual({ title: 'Frontend developer' });
    expect(isGuessed(guesses, posting, 'title')).toBe(true);
    expect(isGuessed(guesses, { ...posting, title: 'Other' }, 'title')).toBe(false);
    expect(guessesOf(null, posting)).toEqual({});
  });

  it('flags the labelled-field layer too: a labelled line is a guess', () => {
    const d = draft({ sources: { title: 'json-ld', company: 'label', location: 'label' } });
    const posting = postingFields(d, PAGE_URL);
    expect(guessesOf(d, posting)).toEqual({ company: 'Acme', location: 'Lyon' });
  });
});
