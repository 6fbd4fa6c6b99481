// Firefox plumbing for the smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi, plus a minimal client of Firefox's own remote debugging protocol (RDP).
//
// Why RDP: BiDi installs the extension (webExtension.install) but shows no extension realm
// (script.getRealms lists content windows only), and moz-extension:// pages cannot be navigated to
// from automation. RDP is what about:debugging's "Inspect" uses: it lists the add-on, tells whether
// its background script is running, and evaluates code in the background page and in the
// extension's own tabs. Nothing here changes the extension; the test build is the one under test.
import { existsSync } from 'node:fs';
import net from 'node:net';
import puppeteer from 'puppeteer-core';

export function firefoxPath() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((p) => existsSync(p));
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Firefox with its RDP server on a free loopback port, and the extension in `dir` installed. */
export async function launchFirefoxWithExtension(dir) {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: `apt-get install -y firefox-esr` (Debian), or set FIREFOX_PATH.');
  const port = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--start-debugger-server', String(port)],
    extraPrefsFirefox: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
    },
  });
  try {
    const addonId = await browser.installExtension(dir);
    const rdp = await connectRdp(port);
    return {
      browser,
      addonId,
      rdp,
      async close() {
        rdp.close();
        await browser.close();
      },
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** Connects to Firefox's RDP server: packets are `length:json`, each reply comes `from` the actor asked. */
export async function connectRdp(port) {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let buffer = Buffer.alloc(0);
  const waiters = [];
  const listeners = new Set();
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const sep = buffer.indexOf(':');
      if (sep < 1) return;
      const length = Number(buffer.subarray(0, sep).toString());
      if (buffer.length < sep + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(sep + 1, sep + 1 + length).toString());
      buffer = buffer.subarray(sep + 1 + length);
      for (const listener of listeners) listener(packet);
      const i = waiters.findIndex((w) => w.from === packet.from && w.accept(packet));
      if (i >= 0) waiters.splice(i, 1)[0].resolve(packet);
    }
  });
  const next = (from, accept = () => true) => new Promise((resolve) => waiters.push({ from, accept, resolve }));
  await next('root'); // the greeting

  const rdp = {
    onPacket: (listener) => listeners.add(listener),
    next,
    /** Sends one request and resolves with its reply (events from the same actor have a `type`). */
    async request(to, type, args = {}) {
      const reply = next(to, (p) => !p.type || p.error);
      const body = Buffer.from(JSON.stringify({ to, type, ...args }));
      socket.write(`${body.length}:`);
      socket.write(body);
      const packet = await reply;
      if (packet.error) throw new Error(`RDP ${type} to ${to}: ${packet.error} ${packet.message ?? ''}`);
      return packet;
    },
    close: () => socket.destroy(),
  };
  return rdp;
}

/** The add-on as about:debugging lists it (`backgroundScriptStatus`, `actor`, …). */
export async function findAddon(rdp, addonId) {
  const { addons } = await rdp.request('root', 'listAddons');
  return addons.find((a) => a.id === addonId);
}

/** Watches the add-on's documents (background page, extension tabs); `frames()` lists them by URL. */
export async function watchExtensionFrames(rdp, addon) {
  const { actor: watcher } = await rdp.request(addon.actor, 'getWatcher');
  const frames = new Map();
  rdp.onPacket((p) => {
    if (p.type === 'target-available-form') frames.set(p.target.actor, p.target);
    if (p.type === 'target-destroyed-form') frames.delete(p.target.actor);
  });
  await rdp.request(watcher, 'watchTargets', { targetType: 'frame' });
  return { frames: () => [...frames.values()] };
}

/**
 * Evaluates `fn(arg)` in a frame (its console actor) and returns its awaited result through JSON.
 * Like page.evaluate: `fn` is sent as source, so it cannot close over test variables.
 */
export async function evaluateIn(rdp, frame, fn, arg) {
  const text = `(async () => JSON.stringify(await (${fn})(${JSON.stringify(arg)}) ?? null))()`;
  const result = next(rdp, frame.consoleActor);
  await rdp.request(frame.consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } });
  const packet = await result;
  if (packet.hasException || packet.topLevelAwaitRejected) {
    throw new Error(`in ${frame.url}: ${packet.exceptionMessage ?? 'the evaluated function rejected (RDP gives no reason)'}`);
  }
  const value = packet.result;
  if (typeof value !== 'string') throw new Error(`in ${frame.url}: unexpected result ${JSON.stringify(value).slice(0, 200)}`);
  return JSON.parse(value);
}

const next = (rdp, consoleActor) => rdp.next(consoleActor, (p) => p.type === 'evaluationResult');
