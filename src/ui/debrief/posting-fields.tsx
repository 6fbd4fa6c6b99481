import type { Posting } from '../../core/types';
import { binder } from '../bind';
import { TextInput } from '../field';
import { t } from '../i18n';
import type { PostingFieldsState } from './form-state';
import { isGuessed, type GuessableField, type Guesses } from './guesses';
import type { SectionProps } from './section';

/**
 * The posting as recognised on the page; every field stays editable (extraction can be wrong). Fields
 * the page's heuristic layer guessed are flagged, with a hint, until the user changes them.
 */
export function PostingFields({ s, update, err, guesses }: SectionProps & { guesses?: Guesses }) {
  const bind = binder(
    s.posting,
    (change: (p: PostingFieldsState) => PostingFieldsState) => update((x) => ({ ...x, posting: change(x.posting) })),
    err,
    'posting.',
  );
  const field = (name: keyof Posting, label: string, required: boolean, type: 'text' | 'url' = 'text') => {
    const guessed = name !== 'url' && isGuessed(guesses, s.posting, name as GuessableField);
    return (
      <TextInput
        {...bind(name)}
        label={t(label)}
        type={type}
        required={required}
        mark={guessed ? t('guessedMark') : undefined}
        hint={guessed ? t('guessedHint') : undefined}
      />
    );
  };
  return (
    <fieldset class="group">
      <legend>{t('postingLegend')}</legend>
      {field('title', 'postingTitle', true)}
      {field('company', 'postingCompany', true)}
      {field('location', 'postingLocation', false)}
      {field('url', 'postingUrl', true, 'url')}
    </fieldset>
  );
}
