/**
 * A hash router: `#/`, `#/play/<scenario>`, `#/debrief`. Hash routes work on any static host
 * and from a file, with no server rewriting.
 */
export type Route =
  | { name: 'home' }
  | { name: 'play'; scenario: string }
  | { name: 'debrief' }
  | { name: 'missing'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  const play = /^\/play\/([a-z0-9-]+)$/.exec(path);
  if (play?.[1]) return { name: 'play', scenario: play[1] };
  if (path === '/debrief') return { name: 'debrief' };
  return { name: 'missing', path };
}

export class Router {
  route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.route = parseRoute(location.hash);
      });
    }
  }

  go(hash: string): void {
    if (location.hash === hash) this.route = parseRoute(hash);
    else location.hash = hash;
  }
}
