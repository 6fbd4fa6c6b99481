import type { Posting } from '../core/types';
import { fieldId, TextInput } from '../ui/field';
import { t } from '../ui/i18n';
import type { SectionProps } from './section';

/** The posting as recognised on the page; every field stays editable (extraction can be wrong). */
export function PostingFields({ s, update, err }: SectionProps) {
  const field = (name: keyof Posting, label: string, required: boolean, type: 'text' | 'url' = 'text') => (
    <TextInput
      id={fieldId(`posting.${name}`)}
      label={t(label)}
      type={type}
      required={required}
      value={s.posting[name]}
      error={err(`posting.${name}`)}
      onValue={(v) => update((x) => ({ ...x, posting: { ...x.posting, [name]: v } }))}
    />
  );
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
