import type { ComponentChildren } from 'preact';
import { t } from './i18n';

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

export interface ChecklistProps<K extends string> {
  /** The record's field id (ui/bind.ts): each checkbox's id is it and the key. */
  id: string;
  legend: ComponentChildren;
  /** Each key of the record with the i18n key of its label, in the order shown. */
  items: readonly (readonly [K, string])[];
  value: Record<K, boolean>;
  onValue: (value: Record<K, boolean>) => void;
}

/** A checklist from the method: one checkbox per item of a record of booleans, under one legend. */
export function Checklist<K extends string>(p: ChecklistProps<K>) {
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      {p.items.map(([key, label]) => (
        <Checkbox
          key={key}
          id={`${p.id}-${key}`}
          label={t(label)}
          checked={p.value[key]}
          onChecked={(v) => p.onValue({ ...p.value, [key]: v })}
        />
      ))}
    </fieldset>
  );
}
