import type { Posting } from '../../core/types';
import { fieldId, TextInput } from '../field';
import { t } from '../i18n';
import { isGuessed, type GuessableField, type Guesses } from './guesses';
import type { SectionProps } from './section';

/**
 * The posting as recognised on the page; every field stays editable (extraction can be wrong). Fields
 * the page's heuristic layer guessed are flagged, with a hint, until the user changes them.
 */
export function PostingFields({ s, update, err, guesses }: SectionProps & { guesses?: Guesses }) {
  const field = (name: keyof Posting, label: string, required: boolean, type: 'text' | 'url' = 'text') => {
    const guessed = name !== 'url' && isGuessed(guesses, s.posting, name as GuessableField);
    return (
      <TextInput
        id={fieldId(`posting.${name}`)}
        label={t(label)}
        type={type}
        required={required}
        value={s.posting[name]}
        error={err(`posting.${name}`)}
        mark={guessed ? t('guessedMark') : undefined}
        hint={guessed ? t('guessedHint') : undefined}
        onValue={(v) => update((x) => ({ ...x, posting: { ...x.posting, [name]: v } }))}
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
