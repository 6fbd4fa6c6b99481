import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../core/validate';
import { type ShownError, shownError } from './errors';
import { t } from './i18n';

/**
 * The message to show next to a field: the form's own check (once the user tried to save, so errors
 * follow their edits) and the service worker's refusal (until the next try), translated.
 */
export function errorLookup(
  clientErrors: FieldError[],
  server: ShownError | null,
  matches: (e: FieldError, path: string) => boolean = (e, path) => e.field === path,
): (path: string) => string | null {
  const errors = [...clientErrors, ...(server?.fields ?? [])];
  return (path) => {
    const e = errors.find((x) => matches(x, path));
    return e ? t(e.message) : null;
  };
}

/**
 * After a refused save, focus goes to the first invalid control in page order (a radio group gets
 * its first radio); with none, to Save if the focus left the form (a clicked Save loses it while
 * disabled). Returns the function to call on each refusal.
 */
function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>): () => void {
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    if (!tick) return;
    const form = formRef.current;
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid && (invalid.matches('input, select, textarea') ? invalid : invalid.querySelector<HTMLElement>('input'));
    if (target) target.focus();
    else if (!form?.contains(document.activeElement)) form?.querySelector<HTMLElement>('button[type=submit]')?.focus();
  }, [tick]);
  return () => setTick((n) => n + 1);
}

/**
 * One form's save, as every form does it: a first try turns on the checks next to the fields, a
 * refused check or save moves the focus to the first invalid field, the worker's refusal stays shown
 * until the next try, and a second submit is ignored while one is in flight. After a save the form
 * stays busy (it is usually closed by `save`), unless `stayOpen`.
 */
export function useSubmit<C extends { ok: boolean }>(
  check: () => C,
  save: (checked: Extract<C, { ok: true }>) => Promise<void>,
  opts: { stayOpen?: boolean } = {},
) {
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [server, setServer] = useState<ShownError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setAttempted(true);
    setServer(null);
    const checked = check();
    if (!checked.ok) return focusFirstInvalid();
    setSaving(true);
    try {
      await save(checked as Extract<C, { ok: true }>);
      if (opts.stayOpen) setSaving(false);
    } catch (error) {
      setServer(shownError(error));
      setSaving(false);
      focusFirstInvalid();
    }
  };
  return { formRef, attempted, saving, server, onSubmit };
}
