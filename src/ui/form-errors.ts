import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { FieldError } from '../core/validate';
import type { ShownError } from './errors';
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
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>): () => void {
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
