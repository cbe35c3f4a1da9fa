import { describe, expect, it } from 'vitest';
import { played as playGolden } from './played.ts';
import { attemptRecord, contactAfter } from '../../src/app/attempts.ts';
import { catalog } from '../../src/app/catalog.ts';
import { nextChallenge, practiceNext } from '../../src/app/practice-next.ts';
import { resumeFrom } from '../../src/app/resume.ts';
import { SessionModel } from '../../src/app/session-model.svelte.ts';
import { momentText } from '../../src/app/stored-records.ts';
import type { Stamp } from '../../src/domain/calendar/calendar.ts';
import { loadScenario } from '../helpers.ts';

const entry = loadScenario('pr-phone-referral');
const played = (file: string) => playGolden(entry, file);
const good = played('pr-phone-referral.good.inputs.json');
const job = played('pr-phone-referral.job-request.inputs.json');
const when = new Date('2026-11-23T10:00:00Z');

describe('a finished attempt', () => {
  it('keeps the log and the score as shown', () => {
    const record = attemptRecord(job, when);
    expect(record).toMatchObject({
      scenario: 'pr-phone-referral',
      finishedAt: '2026-11-23T10:00:00.000Z',
      passed: false,
      pitfalls: expect.arrayContaining(['job_request']) as unknown,
    });
    expect(record.log.actions).toHaveLength(job.session.accepted.length);
  });

  it('updates the contact log: dates, conversations, the thank-you and the people suggested', () => {
    const first = contactAfter(undefined, good, when);
    expect(first).toMatchObject({
      id: 'pr-phone-referral',
      name: 'Richard Smith',
      conversations: 1,
      thankedAt: '2026-11-23T10:00:00.000Z',
      notes: '',
    });
    expect(first?.referrals.length).toBeGreaterThan(0);
    for (const name of first?.referrals ?? [])
      expect(entry.scenario.contact.referrals).toContain(name);
    const later = new Date('2026-11-30T10:00:00Z');
    const second = contactAfter(
      { ...(first as NonNullable<typeof first>), notes: 'Call Carlos' },
      job,
      later,
    );
    expect(second).toMatchObject({
      firstContact: '2026-11-23T10:00:00.000Z',
      lastContact: '2026-11-30T10:00:00.000Z',
      conversations: 1,
      notes: 'Call Carlos',
      thankedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('dates the contact log on the session’s calendar, the real date beside it', () => {
    const first = contactAfter(undefined, good, when);
    expect(first?.simulated).toEqual({
      first: { day: 0, weekday: 'Tue', time: '10:00' },
      last: { day: 0, weekday: 'Tue', time: '13:18' },
      thanked: { day: 0, weekday: 'Tue', time: '13:18' },
    });
    expect(momentText(first?.simulated?.last as Stamp)).toBe('day 0, Tue 13:18');
    // A later session without a thank-you keeps the first contact and the thank-you of before.
    const second = contactAfter(first ?? undefined, job, new Date('2026-11-30T10:00:00Z'));
    expect(second?.simulated).toEqual({
      first: { day: 0, weekday: 'Tue', time: '10:00' },
      last: { day: 0, weekday: 'Tue', time: '10:00' },
      thanked: { day: 0, weekday: 'Tue', time: '13:18' },
    });
    // An entry saved before the simulated moments existed has no first moment to keep.
    const { simulated: _none, ...legacy } = first as NonNullable<typeof first>;
    expect(contactAfter(legacy, job, when)?.simulated?.first).toBeNull();
  });

  it('starts a damaged contact entry afresh instead of building on it', () => {
    const first = contactAfter(undefined, good, when) as NonNullable<
      ReturnType<typeof contactAfter>
    >;
    const damaged = { ...first, referrals: 'Carlos' as unknown as string[], conversations: NaN };
    expect(contactAfter(damaged, job, when)).toEqual(contactAfter(undefined, job, when));
  });

  it('makes no contact entry for a session with no actions', () => {
    expect(contactAfter(undefined, new SessionModel(entry, 1), when)).toBeNull();
  });
});

describe('what to practice next', () => {
  it('puts a critical pitfall first and suggests another scenario that exercises it', () => {
    const [first] = practiceNext(job.report(), 'pr-phone-referral', catalog);
    expect(first?.pitfall).toBe('job_request');
    expect(first?.scenario?.id).toBe('alumna-opening');
  });

  it('suggests a harder scenario after a clean session', () => {
    expect(practiceNext(good.report(), 'pr-phone-referral', catalog)).toEqual([]);
    const harder = nextChallenge('pr-phone-referral', catalog);
    expect(harder?.id).not.toBe('pr-phone-referral');
  });
});

describe('resuming a session in progress', () => {
  const saved = (model: SessionModel, hash = entry.hash) => ({
    scenario: 'pr-phone-referral',
    hash,
    seed: model.session.seed,
    mode: 'assessed' as const,
    actions: model.outcome().log.actions,
    savedAt: when.toISOString(),
    drafts: { said: 'Half a thought', subject: '', body: '' },
  });

  it('comes back exactly where it was, drafts and mode included', () => {
    const partial = new SessionModel(entry, 7);
    partial.act({ type: 'call' });
    partial.act({ type: 'say', text: 'Hello, Mr. Smith. This is Patricia Law, a friend of Mike.' });
    const resumed = resumeFrom(entry, saved(partial));
    expect(resumed.model?.session.snapshot.context).toEqual(partial.session.snapshot.context);
    expect(resumed.model?.status).toBe(partial.status);
    expect(resumed.mode).toBe('assessed');
    expect(resumed.drafts.said).toBe('Half a thought');
    expect(resumed.notice).toMatch(/restored/);
  });

  it('starts afresh, saying why, when the saved record is damaged', () => {
    const damaged = { ...saved(good), actions: 'lots' as unknown as unknown[] };
    expect(resumeFrom(entry, damaged)).toMatchObject({ model: null, notice: /damaged/ });
    const tampered = { ...saved(good), actions: [{ type: 'say', text: 'Hi' }] };
    expect(resumeFrom(entry, tampered)).toMatchObject({
      model: null,
      notice: /could not be restored/,
    });
  });

  it('starts afresh, saying why, when the scenario changed', () => {
    const resumed = resumeFrom(entry, saved(good, 'sha256:old'));
    expect(resumed.model).toBeNull();
    expect(resumed.notice).toMatch(/changed/);
  });
});
