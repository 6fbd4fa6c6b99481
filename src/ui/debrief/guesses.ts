/**
 * Posting fields the page's weakest layers only guessed (a labelled line of text, the heading, the page
 * title): flagged in the form, and focused first, until the user changes them (an edit means they checked it).
 */
import type { ExtractLayer, PostingDraft } from '../../core/types';
import type { PostingFieldsState } from './form-state';

/** The posting fields flagged as guesses for the user to check first, in form order. */
export const GUESSABLE = ['title', 'company', 'location'] as const;
export type GuessableField = (typeof GUESSABLE)[number];

/** The layers whose fields are guesses: read from loosely shaped text rather than from markup that names the field. */
const GUESS_LAYERS: ReadonlySet<ExtractLayer> = new Set(['label', 'heuristic']);

/** What the page's guessing layers gave, per field: the value as guessed (non-empty only). */
export type Guesses = Partial<Record<GuessableField, string>>;

/** The guessed values of these posting fields, from the draft's sources; nothing when the draft has none. */
export function guessesOf(draft: PostingDraft | null, posting: PostingFieldsState): Guesses {
  const guesses: Guesses = {};
  for (const f of GUESSABLE) {
    const layer = draft?.sources?.[f];
    if (layer && GUESS_LAYERS.has(layer) && posting[f].trim()) guesses[f] = posting[f];
  }
  return guesses;
}

/** Still a guess: the user has not changed the value since (an edit means they checked it). */
export const isGuessed = (guesses: Guesses | undefined, posting: PostingFieldsState, f: GuessableField): boolean =>
  guesses?.[f] !== undefined && posting[f] === guesses[f];
