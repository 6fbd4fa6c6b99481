/**
 * The dashboard's first file: a small classic script, run while dashboard.html is parsed. It opens
 * the database and reads the list kept whole, so that the read (its 10,000 rows take tens of
 * milliseconds to arrive) runs while the dashboard's module script loads; main.tsx takes both over.
 * Reads only: an older or missing database is left to main.tsx, which carries the migrations.
 */
import { openAsIs } from '../storage/open-as-is';
import { asCurrent } from '../storage/boot-open';
import { currentList } from '../storage/reads';
import { handOff } from '../ui/boot';
import type { Boot } from './boot-handoff';

const db = openAsIs().catch(() => null);
const boot: Boot = {
  db,
  list: db
    .then((raw) => {
      const current = asCurrent(raw);
      return current ? currentList(current) : null;
    })
    .catch(() => undefined), // not read: main.tsx reads it
};
handOff(boot);
