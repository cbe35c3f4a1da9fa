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
  });
  update.apply = () => void putIn(reload);
}

/**
 * Puts the waiting version in and reloads once it is active. The plugin reloads by itself only
 * when this page's own registration found the new version, and only on a page the old one
 * controlled; a version the browser found on its own (a page left open), or one that became
 * active already (a first visit, which no worker controls), would otherwise leave the student
 * pressing Reload for nothing.
 */
async function putIn(skipWaiting: (reloadPage: boolean) => Promise<void>): Promise<void> {
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') window.location.reload();
  });
  await skipWaiting(true);
}
