import type { ComponentChildren } from 'preact';
import { describedBy, FieldError } from './field';

export interface RadioGroupProps<T extends string> {
  /** Id of the group; each radio gets `${id}-${value}`. */
  id: string;
  name: string;
  legend: ComponentChildren;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
  /** Already translated. */
  error?: string | null;
  required?: boolean;
  hint?: ComponentChildren;
}

/**
 * Native radios in a fieldset: arrow keys move between options, Space selects. The fieldset carries
 * aria-invalid so the form can find the group and move focus into it.
 */
export function RadioGroup<T extends string>(p: RadioGroupProps<T>) {
  const legendId = `${p.id}-legend`;
  return (
    <fieldset
      id={p.id}
      class="group radios"
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: one radio group, named by its legend.
      role="radiogroup"
      aria-labelledby={legendId}
      aria-required={p.required ? 'true' : undefined}
      aria-invalid={p.error ? 'true' : undefined}
      aria-describedby={describedBy(p.id, p.hint, p.error)}
    >
      <legend id={legendId}>
        {p.legend}
        {p.required && (
          <span class="req" aria-hidden="true">
            {' *'}
          </span>
        )}
      </legend>
      {p.hint && (
        <p id={`${p.id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
      <div class="options">
        {p.options.map((o) => (
          <label key={o.value} class="radio" for={`${p.id}-${o.value}`}>
            <input
              id={`${p.id}-${o.value}`}
              type="radio"
              name={p.name}
              value={o.value}
              checked={p.value === o.value}
              onChange={() => p.onValue(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={p.id} error={p.error} />
    </fieldset>
  );
}
