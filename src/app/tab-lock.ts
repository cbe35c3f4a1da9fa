/**
 * One tab at a time holds a session in progress. With the Web Locks API the browser keeps the
 * lock (released when the tab closes or reloads, taken over with `steal`); where locks are missing,
 * tabs ask each other over a BroadcastChannel; where both are missing, every tab holds its own
 * (the store's conditional write still keeps two tabs from overwriting each other).
 */
export interface TabLock {
  /** Takes the lock if no other tab holds it; resolves to whether this tab now holds it. */
  acquire(): Promise<boolean>;
  /** Takes the lock from the tab that holds it; that tab is told (its `onLost` runs). */
  takeOver(): Promise<void>;
  /** Lets the lock go (the page is leaving the session). */
  release(): void;
  /** Called when another tab took the lock over. */
  onLost: (() => void) | null;
}

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
}

/** A reloading tab lets its lock go as it unloads: a new page may have to wait a moment for it. */
const RELOAD_GRACE_MS = 400;

function webLock(locks: LockManagerLike, name: string): TabLock {
  let release: (() => void) | null = null;
  let generation = 0;
  const lock: TabLock = {
    onLost: null,
    acquire() {
      return hold({ ifAvailable: false, signal: AbortSignal.timeout(RELOAD_GRACE_MS) });
    },
    async takeOver() {
      await hold({ steal: true });
    },
    release() {
      generation += 1;
      release?.();
      release = null;
    },
  };
  function hold(options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }) {
    const mine = (generation += 1);
    return new Promise<boolean>((resolve) => {
      let granted = false;
      locks
        .request(name, options, (held) => {
          if (!held) {
            resolve(false);
            return;
          }
          granted = true;
          resolve(true);
          return new Promise<void>((done) => {
            release = done;
          });
        })
        .catch(() => {
          // Not granted in time (another tab holds it), or stolen by another tab while held.
          if (!granted) resolve(false);
          else if (mine === generation) {
            release = null;
            lock.onLost?.();
          }
        });
    });
  }
  return lock;
}

type Message = { type: 'who' | 'here' | 'takeover'; from: string };

function channelLock(name: string, id: string): TabLock {
  const channel = new BroadcastChannel(name);
  let held = false;
  let answered: (() => void) | null = null;
  const lock: TabLock = {
    onLost: null,
    acquire() {
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          answered = null;
          held = true;
          resolve(true);
        }, RELOAD_GRACE_MS);
        answered = () => {
          clearTimeout(timer);
          answered = null;
          resolve(false);
        };
        channel.postMessage({ type: 'who', from: id } satisfies Message);
      });
    },
    async takeOver() {
      channel.postMessage({ type: 'takeover', from: id } satisfies Message);
      held = true;
    },
    release() {
      held = false;
      channel.close();
    },
  };
  channel.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.from === id) return;
    if (message?.type === 'who' && held) {
      channel.postMessage({ type: 'here', from: id } satisfies Message);
    } else if (message?.type === 'here') {
      answered?.();
    } else if (message?.type === 'takeover' && held) {
      held = false;
      lock.onLost?.();
    }
  });
  return lock;
}

function soleLock(): TabLock {
  return {
    onLost: null,
    acquire: () => Promise.resolve(true),
    takeOver: () => Promise.resolve(),
    release: () => undefined,
  };
}

/** The lock for one session key, by the best means this browser has. */
export function tabLock(key: string, id: string): TabLock {
  const name = `rapport-session:${key}`;
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return webLock(locks, name);
  if (typeof BroadcastChannel === 'function') return channelLock(name, id);
  return soleLock();
}
