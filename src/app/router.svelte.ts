/**
 * A hash router: `#/`, `#/play/<scenario>`, `#/debrief` (the session just finished),
 * `#/attempt/<n>` (a saved attempt's debrief), `#/replay/<n>` or `#/replay/file` (an imported
 * replay file), `#/progress`, `#/instructor` (an assignment link's builder), `#/assign/<payload>`
 * (an assignment, and `/play/<n>` its n-th scenario), `#/class` (the class dashboard) and
 * `#/class/<debrief|replay>/<file>/<attempt>` (a student's attempt from it), and in a course
 * package `#/course/play` (the scenario the learner is at). Hash routes work on any static host and from a file, with no server
 * rewriting.
 */
export type Route =
  | { name: 'home' }
  | { name: 'play'; scenario: string }
  | { name: 'debrief' }
  | { name: 'attempt'; id: number }
  | { name: 'replay'; id: number | 'file' }
  | { name: 'progress' }
  | { name: 'instructor' }
  | { name: 'assign'; payload: string; play: number | null }
  | { name: 'class' }
  | { name: 'class-attempt'; file: number; attempt: number; view: 'debrief' | 'replay' }
  | { name: 'course-play' }
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
  if (path === '/instructor') return { name: 'instructor' };
  // An assignment link carries its payload (base64url, a full stop, a checksum); a bounded read,
  // checked in full by the assignment page.
  const assign = /^\/assign\/([A-Za-z0-9_.-]{1,20000})(?:\/play\/(\d{1,2}))?$/.exec(path);
  if (assign?.[1])
    return {
      name: 'assign',
      payload: assign[1],
      play: assign[2] === undefined ? null : Number(assign[2]),
    };
  if (path === '/class') return { name: 'class' };
  if (path === '/course/play') return { name: 'course-play' };
  const classAttempt = /^\/class\/(debrief|replay)\/(\d{1,9})\/(\d{1,3})$/.exec(path);
  if (classAttempt?.[1] && classAttempt[2] && classAttempt[3])
    return {
      name: 'class-attempt',
      view: classAttempt[1] as 'debrief' | 'replay',
      file: Number(classAttempt[2]),
      attempt: Number(classAttempt[3]),
    };
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
