import type { ComponentChildren, Ref } from 'preact';

/** The element id of the input for a field path ("posting.title" → "f-posting-title"). */
export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const errorIdOf = (id: string): string => `${id}-error`;
const hintIdOf = (id: string): string => `${id}-hint`;

/** aria-describedby for an input: its hint, then its error (so the error is read last, after the value). */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  /** Already translated. */
  error?: string | null;
  hint?: ComponentChildren;
  required?: boolean;
  /**
   * A short visible flag after the label (e.g. "guessed"). Hidden from assistive technology: say the
   * same thing in `hint`, which the control names through aria-describedby.
   */
  mark?: ComponentChildren;
}

/** Label, control, hint and error, in reading order. */
function FieldShell(p: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={p.mark ? 'field marked' : 'field'}>
      <label for={p.id}>
        {p.label}
        {p.required && (
          <span class="req" aria-hidden="true">
            {' *'}
          </span>
        )}
        {p.mark && (
          <span class="mark" aria-hidden="true">
            {p.mark}
          </span>
        )}
      </label>
      {p.children}
      {p.hint && (
        <p id={hintIdOf(p.id)} class="hint">
          {p.hint}
        </p>
      )}
      <FieldError id={p.id} error={p.error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p id={errorIdOf(id)} class="error">
      {error}
    </p>
  ) : null;
}

export interface TextInputProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'datetime-local' | 'time' | 'number' | 'search' | 'tel' | 'email';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** For number, date and time inputs. */
  min?: string;
  max?: string;
  /** The id of a `<datalist>` of suggestions (known contacts for a name). */
  list?: string;
}

/**
 * A labelled input. `required` is announced through aria-required, not the native attribute: the form
 * uses noValidate so that Relance's own messages, next to the field, are the only ones.
 */
export function TextInput(p: TextInputProps) {
  return (
    <FieldShell {...p}>
      <input
        id={p.id}
        ref={p.inputRef}
        // Preact types each input type as its own union member; the attributes used here suit them all.
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        min={p.min}
        max={p.max}
        list={p.list}
        inputMode={p.type === 'number' ? 'numeric' : undefined}
        autocomplete={p.autoComplete ?? 'off'}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </FieldShell>
  );
}

export interface TextAreaProps extends FieldProps {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
}

/** A labelled textarea. Enter makes a new line there, so Ctrl/Cmd+Enter submits the form instead. */
export function TextArea(p: TextAreaProps) {
  return (
    <FieldShell {...p}>
      <textarea
        id={p.id}
        rows={p.rows ?? 3}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
    </FieldShell>
  );
}

export interface SelectProps<T extends string> extends FieldProps {
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
}

export function Select<T extends string>(p: SelectProps<T>) {
  return (
    <FieldShell {...p}>
      <select
        id={p.id}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        onChange={(e) => p.onValue(e.currentTarget.value as T)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
