/**
 * A hash router: `#/`, `#/play/<scenario>`, `#/debrief` (the session just finished),
 * `#/attempt/<n>` (a saved attempt's debrief), `#/replay/<n>` or `#/replay/file` (an imported
 * replay file), `#/progress`. Hash routes work on any static host and from a file, with no server
 * rewriting.
 */
export type Route =
  | { name: 'home' }
  | { name: 'play'; scenario: string }
  | { name: 'debrief' }
  | { name: 'attempt'; id: number }
  | { name: 'replay'; id: number | 'file' }
  | { name: 'progress' }
  | { name: 'missing'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  const play = /^\/play\/([a-z0-9-]+)$/.exec(path);
  if (play?.[1]) return { name: 'play', scenario: play[1] };
  if (path === '/debrief') return { name: 'debrief' };
  const attempt = /^\/attempt\/(\d{1,9})$/.exec(path);
  if (attempt?.[1]) return { name: 'attempt', id: Number(attempt[1]) };
  if (path === '/replay/file') return { name: 'replay', id: 'file' };
  const replay = /^\/replay\/(\d{1,9})$/.exec(path);
  if (replay?.[1]) return { name: 'replay', id: Number(replay[1]) };
  if (path === '/progress') return { name: 'progress' };
  return { name: 'missing', path };
}

export class Router {
  route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        // A fixed seed (`?seed=42`) belongs to the page its link opened; moving on within the app
        // drops it, so the scenario list opens the student's own practice again. A reload keeps it.
        if (location.search !== '') {
          history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
        }
        this.route = parseRoute(location.hash);
      });
    }
  }

  go(hash: string): void {
    if (location.hash === hash) this.route = parseRoute(hash);
    else location.hash = hash;
  }
}

/** The app's one router, so any page can navigate. */
export const router = new Router();
