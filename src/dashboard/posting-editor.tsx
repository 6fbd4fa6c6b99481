import { useLayoutEffect, useState } from 'preact/hooks';
import type { Application, FullApplication, Posting } from '../core/types';
import { checkPosting } from '../core/validate';
import { binder } from '../ui/bind';
import { FormActions } from '../ui/form-actions';
import { errorLookup, useSubmit } from '../ui/form-errors';
import { PostingInputs } from '../ui/posting-inputs';

export interface PostingEditorProps {
  application: Application;
  save: (posting: Posting) => Promise<FullApplication>;
  onSaved: (detail: FullApplication) => void;
  onCancel: () => void;
}

/** The posting's fields in a form of their own, saved on the application. */
export function PostingEditor(p: PostingEditorProps) {
  const [posting, setPosting] = useState<Posting>({ ...p.application.posting });
  const { formRef, attempted, saving, server, onSubmit } = useSubmit(
    () => checkPosting(posting),
    async (checked) => p.onSaved(await p.save(checked.value)),
  );

  useLayoutEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const check = attempted ? checkPosting(posting) : null;
  // The worker names a posting field with or without its "posting." prefix.
  const err = errorLookup(check && !check.ok ? check.errors : [], server, (e, path) => e.field === path || `posting.${e.field}` === path);

  return (
    <form ref={formRef} class="posting-editor" noValidate onSubmit={onSubmit} aria-busy={saving ? 'true' : undefined}>
      <PostingInputs bind={binder(posting, setPosting, err, 'posting.')} />
      <FormActions server={server} saving={saving} saveLabel="formSave" onCancel={p.onCancel} />
    </form>
  );
}
