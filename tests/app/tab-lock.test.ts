import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabLock, type TabLock } from '../../src/app/tab-lock.ts';

// Node has BroadcastChannel but no Web Locks: these tests run the fallback tabs use where locks
// are missing. Chromium's Web Locks are exercised by the two-tab browser test.
const made: TabLock[] = [];
function lock(id: string): TabLock {
  const made1 = tabLock('pr-phone-referral', id);
  made.push(made1);
  return made1;
}
afterEach(() => {
  for (const l of made.splice(0)) l.release();
});

describe('one tab holds a session (BroadcastChannel)', () => {
  it('lets the first tab hold it and tells a second one it is held', async () => {
    const first = lock('tab-a');
    expect(await first.acquire()).toBe(true);
    const second = lock('tab-b');
    expect(await second.acquire()).toBe(false);
  });

  it('hands the session over, and the tab that held it is told', async () => {
    const first = lock('tab-a');
    await first.acquire();
    const lost = vi.fn();
    first.onLost = lost;
    const second = lock('tab-b');
    await second.takeOver();
    await vi.waitFor(() => expect(lost).toHaveBeenCalledTimes(1));
    // Now the second holds it: a third tab is told so.
    expect(await lock('tab-c').acquire()).toBe(false);
  });

  it('lets another tab take a session that was let go', async () => {
    const first = lock('tab-a');
    await first.acquire();
    first.release();
    expect(await lock('tab-b').acquire()).toBe(true);
  });
});
