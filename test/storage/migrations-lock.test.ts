// A migration that has shipped must never change: users' databases already ran it. Each one's source
// is fingerprinted in migrations.lock.json; editing a released migration fails here. A new migration
// is appended to the list and its fingerprint to the lock (the failure message prints it).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/schema';

const lock: string[] = JSON.parse(readFileSync(new URL('./migrations.lock.json', import.meta.url), 'utf8'));
const fingerprint = (f: (...a: never[]) => unknown) =>
  createHash('sha256').update(String(f).replace(/\s+/g, ' ')).digest('hex').slice(0, 16);

describe('released migrations are frozen', () => {
  it('the lock lists one fingerprint per migration', () => {
    const all = migrations.map(fingerprint);
    expect(all.length, `add to test/storage/migrations.lock.json: ${JSON.stringify(all.slice(lock.length))}`).toBe(lock.length);
  });

  it.each(lock.map((hash, i) => [i + 1, hash] as const))('v%i is unchanged', (version, hash) => {
    expect(fingerprint(migrations[version - 1]!), `migration v${version} was edited after release: add a new migration instead`).toBe(hash);
  });
});
