import { binder } from '../bind';
import { t } from '../i18n';
import { PostingInputs } from '../posting-inputs';
import type { PostingFieldsState } from './form-state';
import { isGuessed, type GuessableField, type Guesses } from './guesses';
import type { SectionProps } from './section';

/**
 * The posting as recognised on the page; every field stays editable (extraction can be wrong). Fields
 * the page's heuristic layer guessed are flagged, with a hint, until the user changes them.
 */
export function PostingFields({ s, update, err, guesses }: SectionProps & { guesses?: Guesses }) {
  const setPosting = (change: (p: PostingFieldsState) => PostingFieldsState) => update((x) => ({ ...x, posting: change(x.posting) }));
  return (
    <fieldset class="group">
      <legend>{t('postingLegend')}</legend>
      <PostingInputs
        bind={binder(s.posting, setPosting, err, 'posting.')}
        guessed={(name) => name !== 'url' && isGuessed(guesses, s.posting, name as GuessableField)}
      />
    </fieldset>
  );
}
