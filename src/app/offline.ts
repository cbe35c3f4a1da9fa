import { registerSW } from 'virtual:pwa-register';
import { update } from './update.svelte.ts';

/**
 * The service worker that keeps the app for offline use (vite.config.ts, `offline`), registered
 * after the first page is drawn. A new version waits: `update.ready` says one is there, and only
 * the student's own "Reload" (`update.apply`) puts it in, so a session in progress is never
 * interrupted (and it is saved at every action, so nothing is lost when they do).
 */
export function keepOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const reload = registerSW({
    onNeedRefresh: () => {
      update.ready = true;
    },
    // The plugin would reload every page the new version takes over, also another tab's session
    // in progress: only the page whose student pressed Reload reloads (`putIn`); the others keep
    // their notice.
    onNeedReload: () => undefined,
  });
  update.apply = () => void putIn(reload);
}

let reloading = false;

/** Reloads this page, once however many times Reload is pressed or the worker changes state. */
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * Puts the waiting version in and reloads this page once it is active (or once it is no longer
 * waiting for another reason: a newer one replaced it). The plugin's own reload comes only when
 * this page's registration found the new version and the old one controlled the page; a version
 * the browser found on its own (a page left open), or one already active (a first visit, which no
 * worker controls), would otherwise leave the student pressing Reload for nothing.
 */
async function putIn(skipWaiting: (reloadPage: boolean) => Promise<void>): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    reloadOnce();
    return;
  }
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated' || waiting.state === 'redundant') reloadOnce();
  });
  await skipWaiting(false);
}
