import { render } from 'svelte/server';
import App from './ui/App.svelte';

/**
 * The home page as the app draws it, rendered at build time into index.html (vite.config.ts,
 * `prerender`), so the scenario list is on screen before any script has run; main.ts then
 * replaces it with the live app in the same task (no frame without it, the same markup).
 */
export function renderHome(): string {
  return render(App).body;
}
