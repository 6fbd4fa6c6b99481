import type { Posting } from '../core/types';
import type { Bound } from './bind';
import { TextInput } from './field';
import { t } from './i18n';

export interface PostingInputsProps {
  /** Each field's id, value, error and setter (ui/bind.ts over the posting, paths "posting.<field>"). */
  bind: (field: keyof Posting) => Bound<string>;
  /** Still the page's guess: flagged, with a hint, until the user changes it. */
  guessed?: (field: keyof Posting) => boolean;
}

const FIELDS: readonly [keyof Posting, string, boolean][] = [
  ['title', 'postingTitle', true],
  ['company', 'postingCompany', true],
  ['location', 'postingLocation', false],
  ['url', 'postingUrl', true],
];

/** The posting's fields, all editable: extraction can be wrong, and postings move. */
export function PostingInputs({ bind, guessed }: PostingInputsProps) {
  return (
    <>
      {FIELDS.map(([name, label, required]) => {
        const guess = guessed?.(name) ?? false;
        return (
          <TextInput
            key={name}
            {...bind(name)}
            type={name === 'url' ? 'url' : 'text'}
            label={t(label)}
            required={required}
            mark={guess ? t('guessedMark') : undefined}
            hint={guess ? t('guessedHint') : undefined}
          />
        );
      })}
    </>
  );
}
