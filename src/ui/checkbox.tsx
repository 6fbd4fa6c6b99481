import type { ComponentChildren } from 'preact';

export interface CheckboxProps {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}

/** A checkbox wrapped in its label, so the whole line is the click target. */
export function Checkbox(p: CheckboxProps) {
  return (
    <label class="check" for={p.id}>
      <input id={p.id} type="checkbox" checked={p.checked} onChange={(e) => p.onChecked(e.currentTarget.checked)} />
      <span>{p.label}</span>
    </label>
  );
}

/** A group of checkboxes under one legend (a checklist from the method). */
export function Checklist(p: { legend: ComponentChildren; hint?: ComponentChildren; children: ComponentChildren }) {
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      {p.hint && <p class="hint">{p.hint}</p>}
      {p.children}
    </fieldset>
  );
}
