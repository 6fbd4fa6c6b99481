// Types of bench/peers.mjs, for its test (the project's TypeScript does not check .mjs).
export interface Peer {
  name: string;
  dir: string;
}
export function parsePeers(value: string | undefined, cwd?: string): { peers: Peer[]; errors: string[] };
export function popupOf(manifest: { action?: { default_popup?: string }; browser_action?: { default_popup?: string } }): string | null;
export function readPeer(peer: Peer): { manifest: unknown; popup: string };
