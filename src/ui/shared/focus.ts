/**
 * After a route change the new page's heading takes focus, so keyboard and screen-reader users
 * start at the top of the page they asked for instead of at the body (WCAG focus order). Pages
 * call it when they mount.
 */
let firstPage = true;

export function focusHeading(): void {
  // The page the browser first opens keeps the browser's own focus (the skip link comes first).
  if (firstPage) {
    firstPage = false;
    return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: false });
}

/**
 * Moves focus to the first of `candidates` that is on the page and can take it: an element or an
 * element's id. A control that has just been used may disappear or be disabled (a button that hung
 * up, a question moved to the top), and focus must not fall back to the page's body; headings and
 * other elements that are not controls take focus programmatically (tabindex -1). Returns the
 * element focused, or null when none of them could be.
 */
export function focusFirst(
  ...candidates: readonly (HTMLElement | string | null | undefined)[]
): HTMLElement | null {
  for (const candidate of candidates) {
    const el = typeof candidate === 'string' ? document.getElementById(candidate) : candidate;
    if (!el || !el.isConnected) continue;
    if ('disabled' in el && (el as HTMLButtonElement).disabled) continue;
    if (el.closest('[hidden], [inert]')) continue;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
    if (document.activeElement === el) return el;
  }
  return null;
}

/**
 * Scrolls something that has just appeared into view unless it already is in view: feedback or a
 * notice shown below the controls that asked for it. One taller than the window shows its top.
 */
export function reveal(el: HTMLElement | null): void {
  if (!el) return;
  const box = el.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  if (box.top >= 0 && box.bottom <= height) return;
  el.scrollIntoView({ block: box.height > height ? 'start' : 'nearest' });
}
