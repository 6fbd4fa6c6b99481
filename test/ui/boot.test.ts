import { describe, expect, it } from 'vitest';
import { handOff, takeBoot, takeOnce } from '../../src/ui/boot';

describe("a boot script's hand-off", () => {
  it('is taken once: the page that takes it again gets nothing', () => {
    handOff({ db: 1 });
    expect(takeBoot<{ db: number }>()).toEqual({ db: 1 });
    expect(takeBoot()).toBeUndefined();
  });

  it('takeOnce gives its value to the first call only, so a retry starts afresh', () => {
    const started = takeOnce('read');
    expect(started()).toBe('read');
    expect(started()).toBeUndefined();
    expect(takeOnce(undefined)()).toBeUndefined();
  });
});
