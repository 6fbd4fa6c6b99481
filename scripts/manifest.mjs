// The extension's manifest as build.mjs writes it into each unpacked build: manifest.json with the
// version of package.json and the content script's matches from the registry of job sites
// (src/extract/sites/registry.ts), then what the browser or a test build needs.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

/**
 * The job sites' match patterns, in registry order. The registry is TypeScript, so the module that
 * lists them is bundled in memory and evaluated in a context of its own (it only declares).
 */
export async function jobSiteMatches(root) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/extract/sites/matches.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'sites',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const { JOB_SITE_MATCHES } = runInNewContext(`${result.outputFiles[0].text};sites`);
  return [...JOB_SITE_MATCHES];
}

/**
 * Firefox runs the background as an event page (`background.scripts`) and ignores `service_worker`,
 * which stays so that one manifest loads in both browsers (web-ext lint then warns
 * BACKGROUND_SERVICE_WORKER_IGNORED, see README). Firefox needs an add-on id and, for new add-ons,
 * the data collection declaration (since 140). `minimum_chrome_version` means nothing there.
 */
function forFirefox(manifest) {
  const { minimum_chrome_version: _, side_panel: panel, commands, ...rest } = manifest;
  // The closing card is Firefox's sidebar: its own key and command (`_execute_sidebar_action` opens it
  // with no code), and no `sidePanel` permission, which Firefox does not know.
  const { 'open-closing-card': openCard, ...otherCommands } = commands ?? {};
  return {
    ...rest,
    permissions: rest.permissions.filter((p) => p !== 'sidePanel'),
    commands: { ...otherCommands, ...(openCard ? { _execute_sidebar_action: openCard } : {}) },
    sidebar_action: { default_panel: panel.default_path, default_title: '__MSG_panelTitle__', open_at_install: false },
    background: { ...manifest.background, scripts: [manifest.background.service_worker] },
    browser_specific_settings: {
      gecko: { id: 'relance@relance.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions only from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * The manifest of one build: `target` is 'chrome' or 'firefox'; `test` adds the host permissions the
 * end-to-end tests need (never in a release build).
 */
export async function buildManifest(root, { target, test = false }) {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  const [script, ...others] = manifest.content_scripts ?? [];
  if (!script || others.length > 0 || 'matches' in script) {
    throw new Error('manifest.json: expected one content script without "matches" (written from the registry of job sites)');
  }
  const matches = await jobSiteMatches(root);
  manifest.content_scripts = [{ matches, ...script }];
  if (test) {
    // Lets tests inject the extractor into pages of the local fixture server (activeTab cannot be
    // granted by automation). Any port matches.
    // The job sites too: tests serve them from loopback under their real names, and open the popup
    // through automation, which does not grant the toolbar click's activeTab.
    manifest.host_permissions = ['http://127.0.0.1/*', ...matches];
  }
  return target === 'firefox' ? forFirefox(manifest) : manifest;
}
