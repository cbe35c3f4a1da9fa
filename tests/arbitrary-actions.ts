import fc from 'fast-check';
import { WEEKDAYS } from '../src/domain/scenario/constants.ts';

/**
 * Generated student actions, shared by the property tests (replay equals live, the live actor
 * equals the fold).
 */

/** What a student says or writes: sensible lines, an empty one and markup. */
export const lines = fc.constantFrom(
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

/** Any action a student (or a hostile file) might make: sensible, out of place or malformed. */
export const anyAction = fc.oneof(
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
