// BENCH_PEERS: other unpacked extensions measured beside Relance in the same bench run.
import { describe, expect, it } from 'vitest';
import { parsePeers, popupOf } from '../../bench/peers.mjs';

describe('parsePeers', () => {
  it('nothing set: no peer', () => {
    expect(parsePeers(undefined)).toEqual({ peers: [], errors: [] });
    expect(parsePeers('')).toEqual({ peers: [], errors: [] });
  });

  it('name=dir pairs, comma-separated; relative dirs from the working directory', () => {
    expect(parsePeers('light=/tmp/light, heavy = ../heavy ,', '/work/x')).toEqual({
      peers: [
        { name: 'light', dir: '/tmp/light' },
        { name: 'heavy', dir: '/work/heavy' },
      ],
      errors: [],
    });
  });

  it('a dir may contain "="', () => {
    expect(parsePeers('a=/tmp/a=b').peers).toEqual([{ name: 'a', dir: '/tmp/a=b' }]);
  });

  it('refuses a pair without a name or dir, a repeated name, and the names the table uses', () => {
    const { peers, errors } = parsePeers('/tmp/x,a=,=b,a=/tmp/a,a=/tmp/b,Relance=/tmp/r,floor=/tmp/f,bad name=/tmp/c');
    expect(peers).toEqual([{ name: 'a', dir: '/tmp/a' }]);
    expect(errors).toHaveLength(7);
  });
});

describe('popupOf', () => {
  it('reads the action popup of MV3 or MV2 manifests', () => {
    expect(popupOf({ action: { default_popup: 'popup.html' } })).toBe('popup.html');
    expect(popupOf({ browser_action: { default_popup: 'p/index.html' } })).toBe('p/index.html');
    expect(popupOf({ action: {} })).toBeNull();
    expect(popupOf({})).toBeNull();
  });
});
