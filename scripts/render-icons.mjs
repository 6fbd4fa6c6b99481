#!/usr/bin/env node
// Render icons/icon.svg to the PNG sizes the extension manifest needs.
// Usage: node scripts/render-icons.mjs   (override browser with CHROME_PATH)
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../test/e2e/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'icons');
const SIZES = [16, 32, 48, 128];

const svgSource = await readFile(join(iconsDir, 'icon.svg'), 'utf8');
// Strip any XML prolog so the markup can be inlined in HTML.
const svgInline = svgSource.replace(/<\?xml[^>]*\?>\s*/, '');

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });

try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // Force the root <svg> to exactly size x size CSS pixels.
    const sized = svgInline.replace(/<svg\b[^>]*>/, (tag) =>
      tag.replace(/\s(width|height)="[^"]*"/g, '').replace(/<svg\b/, `<svg width="${size}" height="${size}" style="display:block"`),
    );
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
      </style></head><body>${sized}</body></html>`,
      { waitUntil: 'load' },
    );
    const png = await page.screenshot({
      type: 'png',
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const out = join(iconsDir, `icon-${size}.png`);
    await writeFile(out, png);
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
}
