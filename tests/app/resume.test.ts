import { describe, expect, it } from 'vitest';
import { resumeFrom } from '../../src/app/resume.ts';
import {
  readSessionFileText,
  sessionFileOf,
  sessionKey,
  seedFromSearch,
} from '../../src/app/session-file.ts';
import { SessionModel } from '../../src/app/session-model.svelte.ts';
import type { InProgress } from '../../src/app/store.ts';
import { loadScenario } from '../helpers.ts';

const entry = loadScenario('pr-phone-referral');

function inProgress(model: SessionModel, extra: Partial<InProgress> = {}): InProgress {
  return {
    key: 'pr-phone-referral',
    scenario: 'pr-phone-referral',
    hash: entry.hash,
    seed: model.session.seed,
    mode: 'practice',
    actions: model.outcome().log.actions,
    savedAt: '2026-11-23T10:00:00.000Z',
    ...extra,
  };
}

function onTheCall(): SessionModel {
  const model = new SessionModel(entry, 7);
  model.act({
    type: 'prepare',
    questions: ['What is a typical day?', 'Who else?'],
    bring_resume: false,
  });
  model.act({ type: 'call' });
  model.act({ type: 'say', text: 'Hello, Mr. Smith. This is Patricia Law, a friend of Mike.' });
  return model;
}

describe('resuming a saved session', () => {
  it('brings back a session of drafts only, with its seed, its mode and its question list', () => {
    const blank = new SessionModel(entry, 4711);
    const drafts = {
      said: '',
      subject: 'Mike Law suggested I write',
      body: 'Dear Mr. Smith,',
      questions: ['Second?', 'First?'],
      bringResume: false,
    };
    const resumed = resumeFrom(entry, inProgress(blank, { mode: 'assessed', drafts }));
    expect(resumed.model?.session.seed).toBe(4711);
    expect(resumed.model?.session.accepted).toHaveLength(0);
    expect(resumed).toMatchObject({ mode: 'assessed', drafts, restored: true });
    expect(resumed.notice).toMatch(/Welcome back/);
  });

  it('has nothing to say when nothing was typed and nothing done', () => {
    const resumed = resumeFrom(entry, inProgress(new SessionModel(entry, 3)));
    expect(resumed).toMatchObject({ model: null, notice: null, restored: false });
  });

  it('replays the actions to the same state, the prepared list included', () => {
    const model = onTheCall();
    const resumed = resumeFrom(entry, inProgress(model));
    expect(resumed.model?.session.snapshot.context).toEqual(model.session.snapshot.context);
    expect(resumed.model?.session.snapshot.context.prepared).toEqual({
      questions: ['What is a typical day?', 'Who else?'],
      bringResume: false,
    });
  });

  it.each([
    ['a seed that is not a whole number', { seed: 1.5 }, /seed is damaged/],
    ['an unknown mode', { mode: 'exam' }, /mode is damaged/],
    ['drafts that are not text', { drafts: { said: 3, subject: '', body: '' } }, /drafts/],
    [
      'an over-long draft',
      { drafts: { said: 'x'.repeat(20_001), subject: '', body: '' } },
      /drafts/,
    ],
    [
      'script markup in a draft',
      { drafts: { said: '<script>x', subject: '', body: '' } },
      /markup/,
    ],
    [
      'too many actions',
      { actions: Array.from({ length: 1501 }, () => ({ type: 'call' })) },
      /1,501 actions/,
    ],
  ])('starts afresh, saying why, on %s', (_what, damage, reason) => {
    const resumed = resumeFrom(entry, { ...inProgress(onTheCall()), ...damage });
    expect(resumed.model).toBeNull();
    expect(resumed.notice).toMatch(reason);
  });

  it('does not restore another scenario’s session', () => {
    const resumed = resumeFrom(entry, {
      ...inProgress(onTheCall()),
      scenario: 'gable-persistence',
    });
    expect(resumed).toMatchObject({ model: null, notice: /another scenario/ });
  });
});

describe('session keys', () => {
  it('keeps a fixed-seed link and an assignment apart from the student’s own practice', () => {
    expect(sessionKey('pr-phone-referral')).toBe('pr-phone-referral');
    expect(sessionKey('pr-phone-referral', { seed: 42 })).toBe('pr-phone-referral|seed:42');
    expect(sessionKey('pr-phone-referral', { assignment: 'sha256:ab' })).toBe(
      'pr-phone-referral|assignment:sha256:ab',
    );
  });

  it('reads a fixed seed from the address only when it is a plain number', () => {
    expect(seedFromSearch('?seed=42')).toBe(42);
    expect(seedFromSearch('?seed=4e2')).toBeNull();
    expect(seedFromSearch('?seed=-1')).toBeNull();
    expect(seedFromSearch('')).toBeNull();
  });
});

describe('session files', () => {
  const record = inProgress(onTheCall(), {
    owner: 'tab-a',
    drafts: { said: 'How did', subject: '', body: '' },
  });

  it('round-trips a session, without the page that held it', () => {
    const text = JSON.stringify(sessionFileOf(record));
    const read = readSessionFileText(text);
    const { owner: _owner, ...rest } = record;
    expect(read).toEqual({ ok: true, session: rest });
    expect(resumeFrom(entry, read.ok ? read.session : null).model?.session.accepted).toHaveLength(
      3,
    );
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['too large', `"${'x'.repeat(2_000_001)}"`, /too large/],
    [
      'deeply nested',
      '['.repeat(200_000) + ']'.repeat(200_000),
      /nests its data more than 32 levels|not valid JSON/,
    ],
    ['a replay file', JSON.stringify({ format: 'rapport-log', version: 1 }), /replay file/],
    ['another version', JSON.stringify({ ...sessionFileOf(record), version: '1' }), /version "1"/],
    [
      'a prototype key',
      JSON.stringify(sessionFileOf(record)).replace('"seed"', '"__proto__":{},"seed"'),
      /__proto__/,
    ],
    [
      'damaged',
      JSON.stringify({ ...sessionFileOf(record), actions: 'lots' }),
      /actions is damaged/,
    ],
  ])('refuses a file that is %s, with the reason', (_what, text, reason) => {
    const read = readSessionFileText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});
