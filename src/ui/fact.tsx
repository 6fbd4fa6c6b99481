import type { ComponentChildren } from 'preact';

/** A term and its value; nothing at all when the value is empty, to keep the list short. */
export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  if (children === '' || children === null || children === undefined || children === false) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
