import axe from 'axe-core';

/** The axe rule ids a rendered component violates (jsdom: no colours or layout to check). */
export async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    // jsdom cannot compute colours or layout; the Playwright tests check those in Chromium.
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map((v) => v.id);
}
