/**
 * The LMS side of SCORM 1.2 as a course package sees it: the `API` object some window above the
 * package's own holds, with its eight functions. Found as the SCORM 1.2 run-time environment
 * says, through the chain of parents and then the opener's, and wrapped so each call is made
 * the way the standard wants (LMSInitialize once, nothing after LMSFinish, a failure read from
 * LMSGetLastError and kept, never thrown).
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The part of a window the search reads. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/** How many windows up the search climbs from one start, as ADL's own `findAPI` does. */
const MAX_CLIMB = 7;

function isApi(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof api[name] === 'function',
  );
}

/** A window's `API`, or null; a window of another origin throws when read, and has none for us. */
function apiOf(win: WindowLike): Scorm12Api | null {
  try {
    return isApi(win.API) ? win.API : null;
  } catch {
    return null;
  }
}

function climb(start: WindowLike): Scorm12Api | null {
  let win: WindowLike = start;
  for (let tries = 0; tries <= MAX_CLIMB; tries += 1) {
    const api = apiOf(win);
    if (api) return api;
    let parent: WindowLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's API for a package running in `win`: up its parents, then up its opener's. */
export function findApi(win: WindowLike): Scorm12Api | null {
  const found = climb(win);
  if (found) return found;
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return null;
  }
  return opener ? climb(opener) : null;
}

/** One call that the LMS refused, with its SCORM error code and text. */
export interface LmsProblem {
  call: string;
  code: string;
  message: string;
}

/** The LMS connection of one launch of the package. */
export class Lms {
  #api: Scorm12Api;
  #state: 'new' | 'open' | 'finished' = 'new';
  /** The LMS's refusals, oldest first (the most recent 20). */
  readonly problems: LmsProblem[] = [];

  constructor(api: Scorm12Api) {
    this.#api = api;
  }

  get open(): boolean {
    return this.#state === 'open';
  }

  #failed(call: string): void {
    let code = '';
    let message = '';
    try {
      code = String(this.#api.LMSGetLastError());
      message = String(this.#api.LMSGetErrorString(code));
    } catch {
      // An LMS whose error calls throw has nothing more to say.
    }
    this.problems.push({ call, code, message: message.slice(0, 200) });
    if (this.problems.length > 20) this.problems.shift();
  }

  #call(name: string, run: () => unknown): boolean {
    let ok: boolean;
    try {
      ok = String(run()) === 'true';
    } catch {
      ok = false;
    }
    if (!ok) this.#failed(name);
    return ok;
  }

  /** LMSInitialize, once per launch; true when the LMS accepted it. */
  initialize(): boolean {
    if (this.#state !== 'new') return this.#state === 'open';
    const ok = this.#call('LMSInitialize', () => this.#api.LMSInitialize(''));
    this.#state = ok ? 'open' : 'finished';
    return ok;
  }

  /** A data model element's value, or '' when there is none or the call fails. */
  get(element: string): string {
    if (this.#state !== 'open') return '';
    try {
      const value = this.#api.LMSGetValue(element);
      return typeof value === 'string' ? value : String(value ?? '');
    } catch {
      this.#failed(`LMSGetValue(${element})`);
      return '';
    }
  }

  set(element: string, value: string): boolean {
    if (this.#state !== 'open') return false;
    return this.#call(`LMSSetValue(${element})`, () => this.#api.LMSSetValue(element, value));
  }

  commit(): boolean {
    if (this.#state !== 'open') return false;
    return this.#call('LMSCommit', () => this.#api.LMSCommit(''));
  }

  /** LMSFinish, once: after it, every call is a no-op. */
  finish(): boolean {
    if (this.#state !== 'open') return false;
    this.#state = 'finished';
    return this.#call('LMSFinish', () => this.#api.LMSFinish(''));
  }
}

/** Milliseconds as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS`. */
export function timespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const rest = centis % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(rest)}`;
}
