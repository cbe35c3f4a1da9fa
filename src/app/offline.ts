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
  update.apply = () => void reload(true);
}
