/**
 * Whether a new version of the app is waiting (src/app/offline.ts), for the header's notice: kept
 * apart from the service worker's code so the first load does not carry it.
 */
export const update = $state<{ ready: boolean; apply: () => void }>({
  ready: false,
  apply: () => undefined,
});
