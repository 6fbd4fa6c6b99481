import type { Row } from '../core/list-row';

/** What dashboard-boot.js (boot.ts) starts, handed to main.tsx (ui/boot.ts). */
export interface Boot {
  /** The database as it is; main.tsx uses it when it is at the current version. */
  db: Promise<IDBDatabase | null>;
  /** The list kept whole, brought up to date (storage/reads.ts currentList); null when there is none to use, undefined when the read failed. */
  list: Promise<Row[] | null | undefined>;
}
