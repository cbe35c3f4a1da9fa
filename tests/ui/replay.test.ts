// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { replayLog } from '../../src/domain/replay/replay.ts';
import { buildLog, playActions, reportOf, startSession } from '../../src/domain/session/index.ts';
import ReplayViewer from '../../src/ui/replay/ReplayViewer.svelte';
import { ROOT, loadScenario } from '../helpers.ts';

afterEach(() => cleanup());

const entry = loadScenario('pr-phone-referral');
const inputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.job-request.inputs.json'), 'utf8'),
) as { seed: number; actions: unknown[] };

/** The viewer's props for a session re-run from its log, as the replay route passes them. */
function propsFor(actions: readonly unknown[], seed = inputs.seed) {
  const { session } = playActions(entry.scenario, seed, actions);
  const replayed = replayLog(entry.scenario, buildLog(session, entry.hash));
  if (!replayed.ok) throw new Error(replayed.reason);
  return {
    entry,
    start: startSession(entry.scenario, seed),
    steps: replayed.steps,
    report: reportOf(replayed.session),
  };
}

/** A voicemail that leaves out the email and the next try, then hanging up: two pitfall steps. */
function gableProps() {
  const gable = loadScenario('gable-persistence');
  const { session } = playActions(gable.scenario, inputs.seed, [
    { type: 'call' },
    { type: 'say', text: 'Hi, this is Kira Jones, (607) 555-1212. Please call me back.' },
    { type: 'end' },
  ]);
  const replayed = replayLog(gable.scenario, buildLog(session, gable.hash));
  if (!replayed.ok) throw new Error(replayed.reason);
  return {
    entry: gable,
    start: startSession(gable.scenario, inputs.seed),
    steps: replayed.steps,
    report: reportOf(replayed.session),
  };
}

const button = (name: string) => screen.getByRole('button', { name });
const status = () => screen.getByRole('status').textContent?.trim();
const isOff = (name: string) => button(name).getAttribute('aria-disabled') === 'true';

describe('ReplayViewer', () => {
  it('shows the scenario, the recomputed score and the start of the session', () => {
    const props = propsFor(inputs.actions);
    render(ReplayViewer, props);
    expect(
      screen.getByRole('heading', { level: 1, name: `Replay: ${entry.scenario.title}` }),
    ).toBeTruthy();
    expect(screen.getByText(`Score ${props.report.score} out of 100: not passed`)).toBeTruthy();
    expect(screen.getByText(/re-runs the session from its log/)).toBeTruthy();
    expect(status()).toBe('Step 0 of 4: the session begins.');
    expect(screen.getByText('Nothing was scored at this step.')).toBeTruthy();
  });

  it('goes to the next pitfall and shows it with its evidence and guidance', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    await fireEvent.click(button('Next pitfall'));
    expect(status()).toMatch(/^Step 2 of 4: You said: “Hi Mr\. Smith, this is Patricia Law/);
    const happened = screen.getByRole('region', { name: 'What happened at this step' });
    expect(within(happened).getByRole('heading', { name: /job request/ })).toBeTruthy();
    expect(within(happened).getByText('if Ezra and White is hiring any junior')).toBeTruthy();
    expect(within(happened).getAllByText(/Guidance:/).length).toBeGreaterThan(0);
    expect(
      within(happened).getByRole('heading', { name: /named the referrer early/ }),
    ).toBeTruthy();
    // He declined the job request: hanging up then is not giving up (PITFALLS.md edge rules).
    expect(isOff('Next pitfall')).toBe(true);
    expect(isOff('Previous pitfall')).toBe(true);
  });

  it('goes from one pitfall to the next and back', async () => {
    render(ReplayViewer, gableProps());
    await fireEvent.click(button('Next pitfall'));
    expect(status()).toBe('Step 1 of 3: You called.');
    const happened = screen.getByRole('region', { name: 'What happened at this step' });
    expect(within(happened).getByRole('heading', { name: /incomplete message/ })).toBeTruthy();
    await fireEvent.click(button('Next pitfall'));
    expect(status()).toBe('Step 3 of 3: You hung up.');
    expect(within(happened).getByRole('heading', { name: /gave up early/ })).toBeTruthy();
    expect(isOff('Next pitfall')).toBe(true);
    await fireEvent.click(button('Previous pitfall'));
    expect(status()).toBe('Step 1 of 3: You called.');
    expect(isOff('Previous pitfall')).toBe(true);
  });

  it('jumps to the first and last steps, and turns off the buttons at each end', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    expect(isOff('First step')).toBe(true);
    expect(isOff('Previous step')).toBe(true);
    expect(isOff('Next step')).toBe(false);

    await fireEvent.click(button('Last step'));
    expect(status()).toBe('Step 4 of 4: You hung up.');
    expect(isOff('Next step')).toBe(true);
    expect(isOff('Last step')).toBe(true);
    expect(isOff('First step')).toBe(false);

    await fireEvent.click(button('Next step'));
    expect(status()).toBe('Step 4 of 4: You hung up.');

    await fireEvent.click(button('First step'));
    expect(status()).toBe('Step 0 of 4: the session begins.');
    await fireEvent.click(button('Previous step'));
    expect(status()).toBe('Step 0 of 4: the session begins.');
  });

  it('moves to the step the range input is set to', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    const slider = screen.getByRole('slider', { name: 'Step' }) as HTMLInputElement;
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('4');
    await fireEvent.input(slider, { target: { value: '3' } });
    expect(status()).toBe('Step 3 of 4: You said: “Oh, I understand. Thank you anyway.”');
    expect(slider.getAttribute('aria-valuetext')).toBe('3 of 4');
  });

  it('jumps to a pitfall from the list of the session’s pitfalls', async () => {
    render(ReplayViewer, gableProps());
    const list = screen.getByRole('region', { name: 'Pitfalls in this session' });
    const go = within(list).getByRole('button', { name: 'Go to step 3: gave up early' });
    await fireEvent.click(go);
    expect(status()).toMatch(/^Step 3 of 3/);
    expect(go.getAttribute('aria-current')).toBe('step');
    expect(
      within(list).getByRole('button', { name: 'Go to step 1: incomplete message' }),
    ).toBeTruthy();
  });

  it('steps with the arrow keys and keeps focus on the control used', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    const next = button('Next step');
    next.focus();
    await fireEvent.keyDown(next, { key: 'ArrowRight' });
    await fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 2 of 4/);
    await fireEvent.keyDown(next, { key: 'ArrowLeft' });
    expect(status()).toBe('Step 1 of 4: You called.');
    await fireEvent.click(button('Last step'));
    await fireEvent.click(next);
    expect(document.activeElement).toBe(next);
    expect(screen.getByText(/arrow keys go back and forward one step/)).toBeTruthy();
  });

  it('leaves the arrow keys alone outside the viewer', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(status()).toMatch(/^Step 0 of 4/);
  });

  it('shows the student’s markup as text, never as HTML', async () => {
    const { container } = render(
      ReplayViewer,
      propsFor([
        { type: 'call' },
        { type: 'say', text: 'Hello <img src=x alt="x"> <b>Mr. Smith</b>' },
      ]),
    );
    await fireEvent.click(button('Last step'));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(status()).toContain('<img src=x alt="x">');
    expect(screen.getByText('Hello <img src=x alt="x"> <b>Mr. Smith</b>')).toBeTruthy();
  });

  it('shows the state at the step', async () => {
    render(ReplayViewer, propsFor(inputs.actions));
    const state = screen.getByRole('region', { name: 'The session at this step' });
    expect(within(state).getByText('Calendar')).toBeTruthy();
    expect(within(state).getByText('Not on a call.')).toBeTruthy();
    expect(within(state).queryByText('Conversation clock')).toBeNull();
    await fireEvent.click(button('Next step'));
    expect(within(state).getByText('Phone').nextElementSibling?.textContent).not.toBe(
      'Not on a call.',
    );
  });

  it('shows the contact’s goodwill, patience and clock in the conversation', async () => {
    // the golden overrun: the contact signals the time, turns curt, and ends the call
    const overrun = JSON.parse(
      readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.overrun.inputs.json'), 'utf8'),
    ) as { seed: number; actions: unknown[] };
    render(ReplayViewer, propsFor(overrun.actions, overrun.seed));
    const state = screen.getByRole('region', { name: 'The session at this step' });
    const read = (name: string) =>
      within(state).queryByText(name)?.nextElementSibling?.textContent ?? null;
    expect(read("The contact's goodwill")).toBeNull();
    const seen = { goodwill: [] as string[], patience: [] as string[], clock: [] as string[] };
    const heard: string[] = [];
    for (let k = 0; k < overrun.actions.length; k += 1) {
      await fireEvent.click(button('Next step'));
      const words = read('What the contact heard');
      if (words !== null) heard.push(words);
      const goodwill = read("The contact's goodwill");
      if (goodwill === null) continue;
      seen.goodwill.push(goodwill);
      seen.patience.push(read("The contact's patience") ?? '');
      seen.clock.push(read("The contact's clock") ?? '');
    }
    expect(seen.goodwill.length).toBeGreaterThan(0);
    expect(seen.clock[0]).toBe('the first half of the agreed time');
    expect(seen.clock).toContain('said time is nearly up');
    expect(seen.patience[0]).toBe('patient');
    expect(seen.patience.some((p) => p.startsWith('curt'))).toBe(true);
    // what the contact heard in each turn, in the order it was said
    expect(heard).toContain('a question (a typical day)');
    // after the call the contact follows up: the conversation's regions are no longer shown
    expect(read("The contact's goodwill")).toBeNull();
    expect(read("The contact's follow-up")).toBe('awaiting your thank-you');
  });

  it('is accessible', async () => {
    const { container } = render(ReplayViewer, propsFor(inputs.actions));
    expect(await violations(container)).toEqual([]);
    await fireEvent.click(button('Next pitfall'));
    expect(await violations(container)).toEqual([]);
  });
});
