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
