import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayLog } from '../src/domain/replay/replay.ts';
import { WEEKDAYS } from '../src/domain/scenario/constants.ts';
import { buildLog, parseLog, playActions, reportOf } from '../src/domain/session/index.ts';
import { loadScenario, scenarioFiles } from './helpers.ts';

/**
 * Replay equals live, over generated sessions: any sequence of actions (sensible, out of place or
 * malformed) played live, logged, written to JSON and read back, replays to the same state,
 * transcript and report.
 */
const scenarios = scenarioFiles().map((f) => loadScenario(f.replace(/\.yaml$/, '')));

const lines = fc.constantFrom(
  'Hello, this is Dana Cho, a student at Cornell; I would value twenty minutes of your advice about your field. I will call again Thursday at 10.',
  'Yes, now works, thank you. May I take notes?',
  'What does a typical day look like for you?',
  'How did you get started, and what would you do differently?',
  'Are you hiring interns this summer?',
  'I see we are near the time we agreed; I can send any other questions by email.',
  'Who else would you suggest I talk to?',
  'Thank you so much for your time.',
  'My number is 607 555 1212 and my email is dana@cornell.edu; I will try again Wednesday at 9:30.',
  'When would be a good time to reach her?',
  '',
  '😀 <script>alert(1)</script>',
);

const action = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: 'call' }) },
  { weight: 8, arbitrary: lines.map((text) => ({ type: 'say', text })) },
  { weight: 3, arbitrary: fc.constant({ type: 'end' }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('email'),
      subject: fc.constantFrom('Thank you', 'Cornell student: questions about your field', ''),
      body: lines.map((l) => `Dear Dr. Smith,\n\n${l}\n\nSincerely,\nDana Cho`),
    }),
  },
  { weight: 1, arbitrary: lines.map((text) => ({ type: 'note', text: text || 'Thank you.' })) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({ type: fc.constant('wait'), minutes: fc.integer({ min: -5, max: 600 }) }),
      fc.record({ type: fc.constant('wait'), days: fc.integer({ min: 0, max: 9 }) }),
      fc.record({
        type: fc.constant('wait'),
        until: fc.oneof(
          fc.constantFrom('next_event', 'next_appointment', 'someday'),
          fc
            .tuple(
              fc.constantFrom(...WEEKDAYS),
              fc.constantFrom('09:00', '10:30', '14:00', '18:15'),
            )
            .map(([d, t]) => `${d} ${t}`),
        ),
      }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('prepare'),
      questions: fc.array(lines, { maxLength: 4 }),
      bring_resume: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'take_notes' }, { type: 'give_resume' }) },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'dance' }, { type: 'say' }, null, 42) },
);

describe('replay equals live', () => {
  it('for generated action sequences in every scenario', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.array(action, { maxLength: 40 }),
        (which, seed, actions) => {
          const { scenario, hash } = scenarios[which] as (typeof scenarios)[number];
          const live = playActions(scenario, seed, actions).session;
          const written = JSON.parse(JSON.stringify(buildLog(live, hash))) as unknown;
          const parsed = parseLog(written);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          const replayed = replayLog(scenario, parsed.log);
          expect(replayed.ok).toBe(true);
          if (!replayed.ok) return;
          expect(replayed.session.snapshot.value).toEqual(live.snapshot.value);
          expect(replayed.session.snapshot.context).toEqual(live.snapshot.context);
          expect(reportOf(replayed.session)).toEqual(reportOf(live));
          expect(replayed.steps.length).toBe(live.accepted.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
