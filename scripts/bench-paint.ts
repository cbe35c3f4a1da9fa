import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { waitFor } from './bench-dashboard.ts';
import { buildInkPage } from './bench-ink.ts';

type Speed = 'normal' | 'cpu4x' | 'phone';
type Paint = { fcpMs: number; firstControlMs: number };

/**
 * The home page's first paint in headless Chromium (issue 15, item 3), beside the same kind of
 * role play written in ink and played by inkjs (scripts/bench-ink.ts): the built app served by
 * `vite preview` and the ink page by Vite's preview server, loaded alternately, a fresh context
 * each time (nothing cached, no service worker yet), at normal speed, with the CPU slowed four
 * times (the DevTools protocol's throttling), and as a phone on a mobile network (Lighthouse's
 * mobile profile: the CPU slowed four times, 150 ms round trips, 1.6 Mbit/s down). Two times from
 * the start of the navigation: the first contentful paint (the Paint Timing API), and the first
 * usable control (the app's first scenario Start link; the ink page's first choice button), when
 * the frame that shows it was drawn (the first paint's when it was in the document by then, else
 * the Element Timing API's, the same clock).
 * The medians of `runs` loads each.
 */
export async function benchPaint(
  runs = 9,
): Promise<{ app: Record<Speed, Paint>; ink: Record<Speed, Paint> }> {
  const port = 4320;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const inkPage = await buildInkPage();
  const inkServer = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: inkPage },
    preview: { host: '127.0.0.1', port: port + 1, strictPort: true },
  });
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] as number);
  };
  const pages = {
    app: { url: `http://127.0.0.1:${port}/`, control: 'a.button.primary[href^="#/play/"]' },
    ink: { url: `http://127.0.0.1:${port + 1}/`, control: '#choices button' },
  };
  try {
    await waitFor(pages.app.url);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const out = { app: {}, ink: {} } as { app: Record<Speed, Paint>; ink: Record<Speed, Paint> };
    try {
      for (const [speed, rate, network] of [
        ['normal', 1, false],
        ['cpu4x', 4, false],
        ['phone', 4, true],
      ] as const) {
        const took = {
          app: { fcp: [] as number[], control: [] as number[] },
          ink: { fcp: [] as number[], control: [] as number[] },
        };
        for (let run = 0; run < runs; run += 1) {
          for (const name of ['app', 'ink'] as const) {
            const one = await loadOnce(browser, pages[name], rate, network);
            took[name].fcp.push(one.fcp);
            took[name].control.push(one.control);
          }
        }
        for (const name of ['app', 'ink'] as const) {
          out[name][speed] = {
            fcpMs: median(took[name].fcp),
            firstControlMs: median(took[name].control),
          };
        }
      }
    } finally {
      await browser.close();
    }
    return out;
  } finally {
    await inkServer.close();
    rmSync(inkPage, { recursive: true, force: true });
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

/** One fresh load of `url`: its first contentful paint and when `control` is first on the page. */
async function loadOnce(
  browser: Browser,
  { url, control }: { url: string; control: string },
  rate: number,
  mobileNetwork: boolean,
): Promise<{ fcp: number; control: number }> {
  // The app's Content-Security-Policy forbids the string functions the bench waits with.
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (mobileNetwork) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
    }
    // Given as text: tsx would wrap a function in helpers the page lacks. Two times: when the
    // control is first in the document (looked for at every frame), and when the frame that shows
    // it was drawn (the Element Timing API, the clock of the first paint; the control is marked
    // for it as soon as it is in the document, before it can be drawn).
    await page.addInitScript(`(() => {
      const control = ${JSON.stringify(control)};
      const look = () => {
        if (document.querySelector(control)) window.benchFound = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.identifier === 'control' && window.benchControl === undefined)
            window.benchControl = entry.renderTime || entry.loadTime;
      }).observe({ type: 'element', buffered: true });
      new MutationObserver(() => {
        for (const found of document.querySelectorAll(control))
          if (!found.hasAttribute('elementtiming')) found.setAttribute('elementtiming', 'control');
      }).observe(document, { childList: true, subtree: true });
    })()`);
    await page.goto(url);
    await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0");
    await page.waitForFunction('window.benchFound !== undefined');
    const took = (await page.evaluate(
      "({ fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime, found: window.benchFound })",
    )) as { fcp: number; found: number };
    // A control in the document before the first paint is in the frame of that paint: written
    // into the page, it is usable from then on (the Element Timing API reports no time for it when
    // the app has replaced it by the time the frame is shown).
    if (took.found <= took.fcp) return { fcp: took.fcp, control: took.fcp };
    await page.waitForFunction('window.benchControl !== undefined');
    return { fcp: took.fcp, control: (await page.evaluate('window.benchControl')) as number };
  } finally {
    await context.close();
  }
}
