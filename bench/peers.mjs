// Other unpacked extensions measured beside Relance in the same run: BENCH_PEERS=name=dir,name=dir.
// Their code never enters this repository; only their popups are opened, by their own workers.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Parses BENCH_PEERS: comma-separated `name=dir` pairs (a dir relative to `cwd`). Returns
 * { peers: [{ name, dir }], errors: [string] }; names are unique and not "relance" or "floor".
 */
export function parsePeers(value, cwd = process.cwd()) {
  const peers = [];
  const errors = [];
  for (const part of (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    const name = at > 0 ? part.slice(0, at).trim() : '';
    const dir = at > 0 ? part.slice(at + 1).trim() : '';
    if (!name || !dir) errors.push(`"${part}": expected name=dir`);
    else if (!/^[\w.-]+$/.test(name)) errors.push(`"${name}": a name is letters, digits, . _ or -`);
    else if (['relance', 'floor'].includes(name.toLowerCase()) || peers.some((p) => p.name === name))
      errors.push(`"${name}": the name is taken`);
    else peers.push({ name, dir: isAbsolute(dir) ? dir : resolve(cwd, dir) });
  }
  return { peers, errors };
}

/** The popup page a peer's manifest declares (MV3 action or MV2 browser_action), or null. */
export function popupOf(manifest) {
  return (manifest.action ?? manifest.browser_action)?.default_popup ?? null;
}

/** Reads a peer's manifest: { manifest, popup } or throws with the reason. */
export function readPeer(peer) {
  const manifest = JSON.parse(readFileSync(join(peer.dir, 'manifest.json'), 'utf8'));
  const popup = popupOf(manifest);
  if (!popup) throw new Error(`peer ${peer.name}: its manifest declares no action popup`);
  if (!manifest.background?.service_worker) throw new Error(`peer ${peer.name}: no service worker to open its popup from`);
  return { manifest, popup: popup.replace(/^\//, '') };
}
