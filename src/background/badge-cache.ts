import type { Application, Reminder } from '../core/types';

/** A tracked posting's badge inputs: its application and, when it has a next date, its pending reminders. */
export interface TabApp {
  app: Application;
  pending: Reminder[];
}

/**
 * The count badge's inputs: whether it is shown, the pending reminders due when they were read (their
 * due times by application), and when the next pending one falls due, after which they are stale.
 */
export interface CountInputs {
  show: boolean;
  pending: Pick<Reminder, 'applicationId' | 'pendingDueAt'>[];
  /** The next pending reminder's due time after the read; null when none is pending after it. */
  until: number | null;
}

/**
 * What the badges are painted from, kept in the worker between events so that switching tabs reads
 * no database: tracked lookups by tab address, and the count's inputs. Derived from IndexedDB only,
 * never the only copy: a new worker starts empty and fills it on first use, and every write empties
 * it (storage/tx.ts onWrite), as the write starts and once it has ended. A read that was under way
 * when a write started is painted but not kept. Times are not cached: the views are made with the
 * event's clock.
 */
export class BadgeCache {
  #generation = 0;
  #tabs = new Map<string, TabApp | null>();
  #count: CountInputs | null = null;

  /** Forgets everything (a write started or ended). */
  clear(): void {
    this.#generation++;
    this.#tabs.clear();
    this.#count = null;
  }

  /** The tracked posting at `url` (null: none), from the cache, else from `load`. */
  async tracked(url: string, load: () => Promise<TabApp | null>): Promise<TabApp | null> {
    const cached = this.#tabs.get(url);
    if (cached !== undefined) return cached;
    const generation = this.#generation;
    const loaded = await load();
    if (generation === this.#generation) this.#tabs.set(url, loaded);
    return loaded;
  }

  /** The count badge's inputs at `now`, from the cache while no other reminder has fallen due since, else from `load`. */
  async count(now: number, load: () => Promise<CountInputs>): Promise<CountInputs> {
    if (this.#count && (this.#count.until === null || now < this.#count.until)) return this.#count;
    const generation = this.#generation;
    const loaded = await load();
    if (generation === this.#generation) this.#count = loaded;
    return loaded;
  }
}
