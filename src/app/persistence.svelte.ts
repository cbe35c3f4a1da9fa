import { openStore, type Store } from './store.ts';

/**
 * The one connection to the browser's store, opened on first use. When the browser refuses
 * (private browsing, another tab, no room), `storage.problem` says why in plain words and the app
 * carries on without saving.
 */
export const storage = $state<{ problem: string | null }>({ problem: null });

let opening: Promise<Store | null> | null = null;

export function getStore(): Promise<Store | null> {
  opening ??= openStore().catch((error: unknown) => {
    storage.problem =
      error instanceof Error ? error.message : 'This browser is not letting Rapport save.';
    return null;
  });
  return opening;
}
