import { describe, expect, it } from 'vitest';
import {
  contactAfter,
  contactAtStart,
  contactIs,
  type ContactEvent,
  type ContactPath,
  type ContactState,
} from '../../../src/domain/professional/contact.machine.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario.schema.ts';
import { loadScenario } from '../../helpers.ts';

const base = loadScenario('pr-phone-referral').scenario;
/** The same contact, once able to talk now and once only later. */
const talksNow: Scenario = { ...base, behaviour: { ...base.behaviour, offersToTalkNow: true } };
const later: Scenario = { ...base, behaviour: { ...base.behaviour, offersToTalkNow: false } };

const answered: ContactEvent = { type: 'phone.answered' };
const intro = (asksForJob: boolean, unclear: boolean): ContactEvent => ({
  type: 'introduced',
  asksForJob,
  unclear,
});

function run(scenario: Scenario, events: readonly ContactEvent[]): ContactState {
  return events.reduce((state, e) => contactAfter(scenario, state, e), contactAtStart(scenario));
}

function where(scenario: Scenario, state: ContactState): ContactPath {
  const paths: ContactPath[] = [
    'away',
    'phone.introduction',
    'phone.clarifying',
    'phone.declined',
    'phone.offered',
    'phone.scheduled',
    'conversation',
    'followUp.awaitingThanks',
    'followUp.thanked',
    'followUp.updated',
    'followUp.silent',
  ];
  return paths.find((p) => contactIs(state, p)) as ContactPath;
}

describe("the contact's phone chart", () => {
  it('starts away and picks up to hear an introduction', () => {
    expect(where(talksNow, contactAtStart(talksNow))).toBe('away');
    expect(where(talksNow, run(talksNow, [answered]))).toBe('phone.introduction');
    expect(contactIs(run(talksNow, [answered]), 'phone')).toBe(true);
  });

  it('declines a job request, whatever else the introduction does', () => {
    expect(where(talksNow, run(talksNow, [answered, intro(true, true)]))).toBe('phone.declined');
    expect(where(later, run(later, [answered, intro(true, false)]))).toBe('phone.declined');
  });

  it('asks who is calling and why once, then takes the next try as it is', () => {
    const asked = run(talksNow, [answered, intro(false, true)]);
    expect(where(talksNow, asked)).toBe('phone.clarifying');
    expect(where(talksNow, contactAfter(talksNow, asked, intro(false, true)))).toBe(
      'phone.offered',
    );
    const askedLater = run(later, [answered, intro(false, true), intro(false, true)]);
    expect(where(later, askedLater)).toBe('phone.scheduled');
    expect(where(talksNow, contactAfter(talksNow, asked, intro(true, false)))).toBe(
      'phone.declined',
    );
  });

  it('offers to talk now or proposes a later time, as the scenario says', () => {
    expect(where(talksNow, run(talksNow, [answered, intro(false, false)]))).toBe('phone.offered');
    expect(where(later, run(later, [answered, intro(false, false)]))).toBe('phone.scheduled');
  });

  it('starts the conversation when the offer is taken, and schedules when it is turned down', () => {
    const offered = run(talksNow, [answered, intro(false, false)]);
    expect(where(talksNow, contactAfter(talksNow, offered, { type: 'offer.accepted' }))).toBe(
      'conversation',
    );
    expect(where(talksNow, contactAfter(talksNow, offered, { type: 'offer.declined' }))).toBe(
      'phone.scheduled',
    );
  });

  it('expects a call at the agreed time: it offers to talk, and a job ask in it is the conversation', () => {
    expect(
      where(later, run(later, [answered, { type: 'appointment.kept', asksForJob: false }])),
    ).toBe('phone.offered');
    expect(
      where(later, run(later, [answered, { type: 'appointment.kept', asksForJob: true }])),
    ).toBe('conversation');
  });

  it('is away again when a call ends on the phone, and awaits the thank-you after the conversation', () => {
    for (const events of [
      [answered],
      [answered, intro(false, true)],
      [answered, intro(true, false)],
      [answered, intro(false, false)],
    ])
      expect(where(talksNow, run(talksNow, [...events, { type: 'hung.up' }]))).toBe('away');
    expect(
      where(
        talksNow,
        run(talksNow, [
          answered,
          intro(false, false),
          { type: 'offer.accepted' },
          { type: 'hung.up' },
        ]),
      ),
    ).toBe('followUp.awaitingThanks');
  });

  it('ignores what its state does not take: the state stays as it was', () => {
    const away = contactAtStart(talksNow);
    expect(contactAfter(talksNow, away, { type: 'offer.accepted' })).toEqual(away);
    const declined = run(talksNow, [answered, intro(true, false)]);
    expect(contactAfter(talksNow, declined, intro(false, false))).toEqual(declined);
  });

  it('keeps its state as plain JSON, so the session stays one JSON value', () => {
    const state = run(talksNow, [answered, intro(false, false)]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('reaches every one of its states from the start', () => {
    const events: ContactEvent[] = [
      answered,
      intro(false, false),
      intro(true, false),
      intro(false, true),
      { type: 'appointment.kept', asksForJob: false },
      { type: 'appointment.kept', asksForJob: true },
      { type: 'offer.accepted' },
      { type: 'offer.declined' },
      { type: 'hung.up' },
      { type: 'job.asked' },
      { type: 'mail.read', thanks: true, reportsAction: false },
      { type: 'mail.read', thanks: false, reportsAction: true },
    ];
    for (const scenario of [talksNow, later]) {
      const seen = new Set<string>();
      const queue = [contactAtStart(scenario)];
      while (queue.length > 0) {
        const state = queue.shift() as ContactState;
        const key = JSON.stringify(state);
        if (seen.has(key)) continue;
        seen.add(key);
        for (const e of events) queue.push(contactAfter(scenario, state, e));
      }
      const reached = new Set([...seen].map((k) => where(scenario, JSON.parse(k))));
      expect([...reached].sort()).toEqual(
        [
          'away',
          'conversation',
          'phone.clarifying',
          'phone.declined',
          'phone.introduction',
          'phone.offered',
          'phone.scheduled',
          'followUp.awaitingThanks',
          'followUp.thanked',
          'followUp.updated',
          'followUp.silent',
        ].sort(),
      );
    }
  });
});

describe("the contact's conversation regions", () => {
  const talking = run(talksNow, [answered, intro(false, false), { type: 'offer.accepted' }]);
  const after = (events: readonly ContactEvent[]) =>
    events.reduce((state, e) => contactAfter(talksNow, state, e), talking);

  it('start fresh with each conversation: not asked, the clock early, nothing requested', () => {
    for (const path of [
      'conversation.selfIntro.notAsked',
      'conversation.clock.early',
      'conversation.patience.patient',
    ] as const)
      expect(contactIs(talking, path)).toBe(true);
    expect(contactIs(talking, 'conversation.resume.requested')).toBe(false);
    expect(contactIs(talking, 'conversation.notes.asked')).toBe(false);
    expect(contactIs(talking, 'conversation.opening.mentioned')).toBe(false);
  });

  it('await the student’s answer after asking about them, and hear it with the next turn', () => {
    const asked = after([{ type: 'contact.asked_about_student' }]);
    expect(contactIs(asked, 'conversation.selfIntro.awaiting')).toBe(true);
    const heard = contactAfter(talksNow, asked, { type: 'student.turn' });
    expect(contactIs(heard, 'conversation.selfIntro.answered')).toBe(true);
    // a turn before the contact asks does not count as the answer
    expect(contactIs(after([{ type: 'student.turn' }]), 'conversation.selfIntro.notAsked')).toBe(
      true,
    );
  });

  const agreed = talksNow.agreedMinutes * 60_000;
  const at = (elapsedMs: number): ContactEvent => ({ type: 'clock.advanced', elapsedMs });

  it('let a time check early pass as a courtesy, and act on one in the second half', () => {
    expect(contactIs(after([{ type: 'time.checked' }]), 'conversation.clock.early')).toBe(true);
    const late = after([at(agreed / 2), { type: 'time.checked' }]);
    expect(contactIs(late, 'conversation.clock.wrappingUp')).toBe(true);
    // wrapping up, the contact does not signal the time any more
    expect(
      contactIs(contactAfter(talksNow, late, at(agreed - 60_000)), 'conversation.clock.wrappingUp'),
    ).toBe(true);
  });

  it('invite a warm student to go on when they mind the time, and never call that an overrun', () => {
    const warm = after([
      { type: 'rapport.changed', rapport: talksNow.behaviour.inviteMoreAtRapport },
      at(agreed / 2),
      { type: 'time.checked' },
    ]);
    expect(contactIs(warm, 'conversation.clock.invited')).toBe(true);
    expect(
      contactIs(
        contactAfter(talksNow, warm, at(agreed + 10 * 60_000)),
        'conversation.clock.invited',
      ),
    ).toBe(true);
    // a job request cools goodwill for good: no invitation then
    const cooled = after([
      { type: 'rapport.changed', rapport: talksNow.behaviour.inviteMoreAtRapport },
      { type: 'job.asked' },
      at(agreed / 2),
      { type: 'time.checked' },
    ]);
    expect(contactIs(cooled, 'conversation.clock.wrappingUp')).toBe(true);
  });

  it('signal near the end (a busy contact), and count an overrun only past two minutes', () => {
    const signal = talksNow.agreedMinutes - talksNow.behaviour.timeSignalBeforeEnd;
    expect(contactIs(after([at(signal * 60_000)]), 'conversation.clock.signalled')).toBe(true);
    expect(contactIs(after([at(agreed + 2 * 60_000)]), 'conversation.clock.overrun')).toBe(false);
    expect(contactIs(after([at(agreed + 2 * 60_000 + 1)]), 'conversation.clock.overrun')).toBe(
      true,
    );
  });

  it('turn curt at a new question once time is nearly up, and end the call only past the overrun', () => {
    const signal = (talksNow.agreedMinutes - talksNow.behaviour.timeSignalBeforeEnd) * 60_000;
    const curt = after([at(signal), { type: 'question.asked', elapsedMs: signal }]);
    expect(contactIs(curt, 'conversation.patience.curt')).toBe(true);
    const early = contactAfter(talksNow, curt, { type: 'question.asked', elapsedMs: agreed });
    expect(contactIs(early, 'conversation.patience.curt')).toBe(true);
    const late = contactAfter(talksNow, curt, {
      type: 'question.asked',
      elapsedMs: agreed + 2 * 60_000 + 1,
    });
    expect(contactIs(late, 'conversation.patience.ending')).toBe(true);
  });

  it('spend patience on talk about the student: an impatient contact turns curt at once', () => {
    const impatient: Scenario = { ...talksNow, contact: { ...talksNow.contact, patience: 0.25 } };
    const patient: Scenario = { ...talksNow, contact: { ...talksNow.contact, patience: 0.9 } };
    const talkOnce = (scenario: Scenario) =>
      [
        answered,
        intro(false, false),
        { type: 'offer.accepted' } as const,
        { type: 'off.track', why: 'self_talk', elapsedMs: 0 } as const,
      ].reduce((state, e) => contactAfter(scenario, state, e), contactAtStart(scenario));
    expect(contactIs(talkOnce(impatient), 'conversation.patience.curt')).toBe(true);
    expect(contactIs(talkOnce(patient), 'conversation.patience.tested')).toBe(true);
  });

  it('spend patience on what the scenario names: small talk and rudeness only when chosen', () => {
    const trying = (scenario: Scenario, why: 'self_talk' | 'small_talk' | 'rudeness') =>
      [
        answered,
        intro(false, false),
        { type: 'offer.accepted' } as const,
        { type: 'off.track', why, elapsedMs: 0 } as const,
      ].reduce((state, e) => contactAfter(scenario, state, e), contactAtStart(scenario));
    expect(contactIs(trying(talksNow, 'small_talk'), 'conversation.patience.patient')).toBe(true);
    expect(contactIs(trying(talksNow, 'rudeness'), 'conversation.patience.patient')).toBe(true);
    const strict: Scenario = {
      ...talksNow,
      contact: { ...talksNow.contact, patience: 0.9 },
      behaviour: {
        ...talksNow.behaviour,
        patienceSpentOn: ['small_talk', 'rudeness'],
        curtAfter: 1,
      },
    };
    expect(contactIs(trying(strict, 'small_talk'), 'conversation.patience.curt')).toBe(true);
    expect(contactIs(trying(strict, 'rudeness'), 'conversation.patience.curt')).toBe(true);
    expect(contactIs(trying(strict, 'self_talk'), 'conversation.patience.patient')).toBe(true);
  });

  it('move each region on its own: a resume request leaves the clock and the notes as they were', () => {
    const state = after([{ type: 'contact.asked_for_resume' }, { type: 'notes.asked' }]);
    expect(contactIs(state, 'conversation.resume.requested')).toBe(true);
    expect(contactIs(state, 'conversation.notes.asked')).toBe(true);
    expect(contactIs(state, 'conversation.clock.early')).toBe(true);
    expect(contactIs(state, 'conversation.selfIntro.notAsked')).toBe(true);
  });

  it('end with the call: the contact then follows up, and is never in a conversation again', () => {
    const used = after([{ type: 'contact.mentioned_opening' }, { type: 'hung.up' }]);
    expect(contactIs(used, 'followUp.awaitingThanks')).toBe(true);
    expect(contactIs(used, 'conversation')).toBe(false);
    expect(contactAfter(talksNow, used, answered)).toEqual(used);
  });

  it('warm once rapport reaches the scenario threshold, and cool for good after a job request', () => {
    const at = talksNow.behaviour.inviteMoreAtRapport;
    const warm = after([{ type: 'rapport.changed', rapport: at }]);
    expect(contactIs(warm, 'conversation.goodwill.warm')).toBe(true);
    expect(
      contactIs(
        contactAfter(talksNow, warm, { type: 'rapport.changed', rapport: at - 0.05 }),
        'conversation.goodwill.neutral',
      ),
    ).toBe(true);
    const cool = contactAfter(talksNow, warm, { type: 'job.asked' });
    expect(contactIs(cool, 'conversation.goodwill.cool')).toBe(true);
    expect(
      contactIs(
        contactAfter(talksNow, cool, { type: 'rapport.changed', rapport: 1 }),
        'conversation.goodwill.cool',
      ),
    ).toBe(true);
  });
});

describe("the contact's follow-up", () => {
  const talking = run(talksNow, [answered, intro(false, false), { type: 'offer.accepted' }]);
  const read = (thanks: boolean, reportsAction: boolean): ContactEvent => ({
    type: 'mail.read',
    thanks,
    reportsAction,
  });
  const over = contactAfter(talksNow, talking, { type: 'hung.up' });

  it('awaits the thank-you through mail that does not thank, and is thanked by the first that does', () => {
    const waiting = contactAfter(talksNow, over, read(false, true));
    expect(where(talksNow, waiting)).toBe('followUp.awaitingThanks');
    expect(where(talksNow, contactAfter(talksNow, waiting, read(true, false)))).toBe(
      'followUp.thanked',
    );
  });

  it('takes an update reporting what the student did only after the thank-you, once', () => {
    const thanked = contactAfter(talksNow, over, read(true, true));
    expect(where(talksNow, thanked)).toBe('followUp.thanked');
    const updated = contactAfter(talksNow, thanked, read(false, true));
    expect(where(talksNow, updated)).toBe('followUp.updated');
    expect(contactAfter(talksNow, updated, read(true, true))).toEqual(updated);
  });

  it('stays silent after a conversation with a job request in it', () => {
    const asked = contactAfter(talksNow, talking, { type: 'job.asked' });
    const silent = contactAfter(talksNow, asked, { type: 'hung.up' });
    expect(where(talksNow, silent)).toBe('followUp.silent');
    expect(contactAfter(talksNow, silent, read(true, true))).toEqual(silent);
  });
});
