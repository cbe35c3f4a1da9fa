import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * `npx tsx scripts/write-icons.ts`: draws the app's icons for the web app manifest from the
 * favicon's shapes, in headless Chromium: 192 and 512 pixels as they are, and a 512-pixel
 * maskable one (full-bleed background, the mark inside the safe circle). Run it after changing
 * public/favicon.svg; the PNGs are committed.
 */
const OUT = join(import.meta.dirname, '..', 'public', 'icons');
const MARK = '<path d="M8 10h11a5 5 0 0 1 0 10h-3l-5 4v-4H8z" fill="#fff"/>';
const plain = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1d4e89"/>${MARK}</svg>`;
// The mark scaled to 60% about the centre: inside the 80% circle every mask keeps.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d4e89"/><g transform="translate(16 16) scale(0.6) translate(-16 -17)">${MARK}</g></svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const [name, svg, size] of [
    ['icon-192.png', plain, 192],
    ['icon-512.png', plain, 512],
    ['icon-maskable-512.png', maskable, 512],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(join(OUT, name), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
