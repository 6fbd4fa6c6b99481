import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Application, FullApplication, Posting } from '../core/types';
import { checkPosting } from '../core/validate';
import { shownError, type ShownError } from '../ui/errors';
import { fieldId, TextInput } from '../ui/field';
import { t } from '../ui/i18n';
import { FormActions } from '../ui/form-actions';
import { errorLookup, useFocusFirstInvalid } from '../ui/form-errors';

export interface PostingEditorProps {
  application: Application;
  save: (posting: Posting) => Promise<FullApplication>;
  onSaved: (detail: FullApplication) => void;
  onCancel: () => void;
}

const FIELDS: readonly [keyof Posting, string, boolean][] = [
  ['title', 'postingTitle', true],
  ['company', 'postingCompany', true],
  ['location', 'postingLocation', false],
  ['url', 'postingUrl', true],
];

/** The posting's fields, editable (extraction can be wrong, postings move). */
export function PostingEditor(p: PostingEditorProps) {
  const [posting, setPosting] = useState<Posting>({ ...p.application.posting });
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [server, setServer] = useState<ShownError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  useLayoutEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const check = attempted ? checkPosting(posting) : null;
  const err = errorLookup(check && !check.ok ? check.errors : [], server, (e, name) => e.field === `posting.${name}` || e.field === name);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setAttempted(true);
    setServer(null);
    const checked = checkPosting(posting);
    if (!checked.ok) return focusFirstInvalid();
    setSaving(true);
    try {
      p.onSaved(await p.save(checked.value));
    } catch (error) {
      setServer(shownError(error));
      setSaving(false);
      focusFirstInvalid();
    }
  };

  return (
    <form ref={formRef} class="posting-editor" noValidate onSubmit={onSubmit} aria-busy={saving ? 'true' : undefined}>
      {FIELDS.map(([name, label, required]) => (
        <TextInput
          key={name}
          id={fieldId(`posting.${name}`)}
          type={name === 'url' ? 'url' : 'text'}
          label={t(label)}
          required={required}
          value={posting[name]}
          error={err(name)}
          onValue={(v) => setPosting((x) => ({ ...x, [name]: v }))}
        />
      ))}
      <FormActions server={server} saving={saving} saveLabel="formSave" onCancel={p.onCancel} />
    </form>
  );
}
