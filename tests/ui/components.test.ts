// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { SessionModel } from '../../src/app/session-model.svelte.ts';
import Home from '../../src/ui/home/Home.svelte';
import Debrief from '../../src/ui/debrief/Debrief.svelte';
import Transcript from '../../src/ui/session/Transcript.svelte';
import Findings from '../../src/ui/shared/Findings.svelte';
import { loadScenario } from '../helpers.ts';
import { played } from '../app/played.ts';

afterEach(() => cleanup());

const entry = loadScenario('pr-phone-referral');

describe('Home', () => {
  it('lists every scenario with a start link', () => {
    render(Home);
    const links = screen.getAllByRole('link', { name: /^Start: / });
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(
      screen.getByRole('link', { name: /Start: Phoning a referral/ }).getAttribute('href'),
    ).toBe('#/play/pr-phone-referral');
  });

  it('is accessible', async () => {
    const { container } = render(Home);
    expect(await violations(container)).toEqual([]);
  });
});

describe('Findings', () => {
  it('says what to write first for an empty draft, never "No pitfalls found"', () => {
    render(Findings, {
      pitfalls: [],
      credits: [],
      empty: 'There is nothing to check yet: write what you want to say first.',
    });
    expect(screen.getByText(/There is nothing to check yet/)).toBeTruthy();
    expect(screen.queryByText('No pitfalls found.')).toBeNull();
  });

  it('says "No pitfalls found" only for a draft with nothing to fix', () => {
    render(Findings, { pitfalls: [], credits: [] });
    expect(screen.getByText('No pitfalls found.')).toBeTruthy();
  });
});

describe('Transcript', () => {
  it('shows student text as text, never as HTML', () => {
    const model = new SessionModel(entry, 1);
    model.act({ type: 'call' });
    // Script markup is refused when typed; any other markup is still only text.
    model.act({ type: 'say', text: '<img src=x alt="x"> Hello <b>Mr. Smith</b> 👋' });
    const { container } = render(Transcript, {
      entries: model.transcript,
      scenario: entry.scenario,
    });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(/<img src=x alt="x"> Hello <b>Mr. Smith<\/b> 👋/)).toBeTruthy();
  });

  it('names who speaks each line', () => {
    const model = new SessionModel(entry, 1);
    model.act({ type: 'call' });
    render(Transcript, { entries: model.transcript, scenario: entry.scenario });
    expect(screen.getByText('Mr. Smith:')).toBeTruthy();
  });
});

describe('Debrief', () => {
  function finishedModel() {
    const model = new SessionModel(entry, 2);
    model.act({ type: 'call' });
    model.act({
      type: 'say',
      text: 'Hi Mr. Smith, I am Patricia Law. Is your firm hiring interns this summer?',
    });
    model.act({ type: 'end' });
    return model;
  }

  it('shows the score, the verdict and each pitfall with its evidence and guidance', () => {
    render(Debrief, { model: finishedModel() });
    expect(
      screen.getByRole('heading', { level: 2, name: /Score \d+ out of 100: not passed/ }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: /job request/ })).toBeTruthy();
    expect(screen.getByText('Is your firm hiring')).toBeTruthy();
    expect(screen.getAllByText(/Guidance:/).length).toBeGreaterThan(0);
  });

  it('opens the transcript on demand', async () => {
    render(Debrief, { model: finishedModel() });
    const summary = screen.getByText('Transcript of the session');
    await fireEvent.click(summary);
    expect(summary.closest('details')?.open).toBe(true);
  });

  it('is accessible', async () => {
    const { container } = render(Debrief, { model: finishedModel() });
    expect(await violations(container)).toEqual([]);
  });
});

describe('Debrief copy', () => {
  // A golden session with a call at the agreed time, repeated credits and a thank-you that echoes.
  const model = played(loadScenario('alumna-opening'), 'alumna-opening.good.inputs.json');

  it('names each credit in words, never by its id', () => {
    const { container } = render(Debrief, { model });
    const credits = screen.getByRole('region', { name: /What went well/ });
    const headings = [...credits.querySelectorAll('h3')].map((h) => h.textContent ?? '');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).not.toMatch(/_|\b(asks|states) \w+ \w+\b/);
    expect(container.textContent).toContain('asked who else to talk to');
  });

  it('counts a credit in words: "(2 times)", and "The other time" for one more', () => {
    render(Debrief, { model });
    const summaries = [...document.querySelectorAll('.findings summary')].map((s) =>
      (s.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(summary).toMatch(/^The other (time|\d+ times) \(/);
    expect(summaries.join()).not.toMatch(/The other 1 times/);
  });

  it('says a call at the agreed time is not an attempt', () => {
    render(Debrief, { model });
    expect(screen.getByText('Call attempts').nextElementSibling?.textContent).toMatch(
      /^\s*0\s*\(your call at the agreed time is not an attempt\)\s*$/,
    );
  });

  it('keeps the words apart around a minute: "said at minute"', () => {
    const { container } = render(Debrief, { model });
    const text = (container.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toMatch(/said at minute \d+\.\d: “/);
    expect(text).not.toMatch(/saidat/);
  });
});
