import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { waitFor } from './bench-dashboard.ts';

/**
 * The home page's first paint in headless Chromium (issue 15, item 3): the built app served by
 * `vite preview`, loaded in a fresh context each time (nothing cached, no service worker yet), at
 * normal speed and with the CPU slowed four times (the DevTools protocol's throttling). Two
 * times from the start of the navigation: the first contentful paint (the Paint Timing API), and
 * the first usable control, when the first scenario's Start link is on the page (looked for at
 * every frame by a script added before the page's own). The medians of `runs` loads each.
 */
export async function benchPaint(
  runs = 9,
): Promise<Record<'normal' | 'cpu4x', { fcpMs: number; firstControlMs: number }>> {
  const port = 4320;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] as number);
  };
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const out = {} as Record<'normal' | 'cpu4x', { fcpMs: number; firstControlMs: number }>;
    try {
      for (const [name, rate] of [
        ['normal', 1],
        ['cpu4x', 4],
      ] as const) {
        const fcp: number[] = [];
        const control: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          // Given as text: tsx would wrap a function in helpers the page lacks.
          await page.addInitScript(`(() => {
            const look = () => {
              if (document.querySelector('a.button.primary[href^="#/play/"]'))
                window.benchControl = performance.now();
              else requestAnimationFrame(look);
            };
            requestAnimationFrame(look);
          })()`);
          await page.goto(`http://127.0.0.1:${port}/`);
          await page.waitForFunction('window.benchControl !== undefined');
          await page.waitForFunction(
            "performance.getEntriesByName('first-contentful-paint').length > 0",
          );
          const took = (await page.evaluate(
            "({ fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime, control: window.benchControl })",
          )) as { fcp: number; control: number };
          fcp.push(took.fcp);
          control.push(took.control);
          await context.close();
        }
        out[name] = { fcpMs: median(fcp), firstControlMs: median(control) };
      }
    } finally {
      await browser.close();
    }
    return out;
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}
