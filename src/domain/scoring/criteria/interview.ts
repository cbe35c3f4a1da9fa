import { CLOSING_MOVES } from '../../text/rules/turn.ts';
import { MINUTE } from '../../calendar/calendar.ts';
import { toMinutes } from '../../calendar/conversation-clock.ts';
import { analyzeTurn } from '../../text/turn.ts';
import type { ConversationRecord, TurnRecord } from '../../session/types.ts';
import type { CreditId, PitfallId } from '../../vocabulary.ts';
import type { Found } from '../report.ts';
import { moment, type Criterion, type Facts } from './common.ts';

/**
 * Interview criteria (PITFALLS.md, "The interview"). Each reads the conversation records the
 * session kept; none re-runs the contact.
 */

function endMoment(facts: Facts, conv: ConversationRecord) {
  return moment(
    facts,
    conv.endedAt ?? facts.ctx.now,
    conv.endAction ?? facts.lastAction,
    toMinutes(conv.elapsedMs),
  );
}

const turnMoment = (facts: Facts, turn: TurnRecord) =>
  moment(facts, turn.at, turn.action, turn.minute);

/** The pitfalls and credits found in the student's own words, turn by turn. */
export const turnFindings: Criterion = (facts) => {
  const pitfalls: Found<PitfallId>[] = [];
  const credits: Found<CreditId>[] = [];
  for (const conv of facts.ctx.conversations) {
    for (const turn of conv.turns) {
      for (const p of turn.analysis.pitfalls) {
        pitfalls.push({
          id: p.id,
          phase: 'interview',
          at: turnMoment(facts, turn),
          evidence: p.evidence,
        });
      }
      for (const c of turn.analysis.credits) {
        credits.push({ id: c.id, at: turnMoment(facts, turn), evidence: c.evidence });
      }
    }
  }
  return { pitfalls, credits };
};

/** A turn that only closes (thanks, the referral question, the time) is not an overrun. */
function isClosingWords(turn: TurnRecord): boolean {
  const { moves, topic } = turn.analysis;
  const closing = moves.some((m) => (CLOSING_MOVES as readonly string[]).includes(m));
  return closing && (topic === null || topic === 'referrals');
}

export const overranClock: Criterion = (facts) => {
  const { agreedMinutes, behaviour } = facts.scenario;
  const limit = (agreedMinutes + behaviour.overrunGraceMinutes) * MINUTE;
  const pitfalls: Found<PitfallId>[] = [];
  for (const conv of facts.ctx.conversations) {
    const turn = conv.turns.find((t) => t.elapsedMs > limit && !t.invited && !isClosingWords(t));
    if (turn) {
      pitfalls.push({
        id: 'overran_clock',
        at: turnMoment(facts, turn),
        evidence: { quote: turn.text, field: 'text', start: 0, end: turn.text.length },
      });
    }
  }
  return { pitfalls, credits: [] };
};

export const noTimeCheck: Criterion = (facts) => {
  const agreed = facts.scenario.agreedMinutes;
  const pitfalls: Found<PitfallId>[] = [];
  for (const conv of facts.ctx.conversations) {
    const used = conv.elapsedMs / MINUTE;
    if (used < agreed - 2) continue; // ended well before the agreed end: no check needed
    // A time check counts in the second half of the agreed time, before it runs out.
    const checked = conv.turns.some(
      (t) =>
        t.elapsedMs <= agreed * MINUTE &&
        t.elapsedMs >= (agreed * MINUTE) / 2 &&
        (t.analysis.moves.includes('acknowledges_time') ||
          t.analysis.moves.includes('offers_email_followup')),
    );
    if (checked) continue;
    const late = conv.turns.find((t) => t.elapsedMs > agreed * MINUTE);
    pitfalls.push({
      id: 'no_time_check',
      at: late ? { ...turnMoment(facts, late), minute: agreed } : endMoment(facts, conv),
      evidence: {
        quote: '',
        missing: `no mention of the time before the agreed ${agreed} minutes ran out`,
      },
    });
  }
  return { pitfalls, credits: [] };
};

/** The student's longest turn in a conversation, in words. */
export function longestTurn(conv: ConversationRecord): TurnRecord | undefined {
  return conv.turns.reduce<TurnRecord | undefined>(
    (best, t) => (!best || t.words > best.words ? t : best),
    undefined,
  );
}

export function wordShare(conversations: readonly ConversationRecord[]): number {
  const student = conversations.reduce((n, c) => n + c.studentWords, 0);
  const contact = conversations.reduce((n, c) => n + c.contactWords, 0);
  return student + contact === 0 ? 0 : student / (student + contact);
}

export const talkedAboutSelf: Criterion = (facts) => {
  const { selfShareMax, monologueMaxWords } = facts.scenario.behaviour;
  const pitfalls: Found<PitfallId>[] = [];
  const conversations = facts.ctx.conversations;
  const monologue = conversations
    .flatMap((c) => c.turns)
    .find((t) => t.words > monologueMaxWords && (t.analysis.selfFocused || t.answeringAboutSelf));
  if (monologue) {
    pitfalls.push({
      id: 'talked_about_self',
      at: turnMoment(facts, monologue),
      evidence: { quote: monologue.text, field: 'text', start: 0, end: monologue.text.length },
    });
    return { pitfalls, credits: [] };
  }
  const share = wordShare(conversations);
  const last = conversations.at(-1);
  if (last && share > selfShareMax) {
    pitfalls.push({
      id: 'talked_about_self',
      at: endMoment(facts, last),
      evidence: {
        quote: '',
        missing: `the contact spoke only ${Math.round((1 - share) * 100)}% of the words; you spoke ${Math.round(
          share * 100,
        )}% (at most ${Math.round(selfShareMax * 100)}%)`,
      },
    });
  }
  return { pitfalls, credits: [] };
};

export const noReferralAsk: Criterion = (facts) => ({
  pitfalls: facts.ctx.conversations
    .filter((c) => !c.turns.some((t) => t.analysis.moves.includes('asks_referral')))
    .map((c) => ({
      id: 'no_referral_ask' as const,
      at: endMoment(facts, c),
      evidence: {
        quote: '' as const,
        missing: 'the conversation ended without asking who else to talk to',
      },
    })),
  credits: [],
});

export const noThanksInMeeting: Criterion = (facts) => ({
  pitfalls: facts.ctx.conversations
    .filter((c) => !c.turns.some((t) => t.analysis.moves.includes('thanks_contact')))
    .map((c) => ({
      id: 'no_thanks_in_meeting' as const,
      at: endMoment(facts, c),
      evidence: {
        quote: '' as const,
        missing: 'the conversation ended without thanking the contact',
      },
    })),
  credits: [],
});

export const notesAndResume: Criterion = (facts) => {
  const pitfalls: Found<PitfallId>[] = [];
  for (const conv of facts.ctx.conversations) {
    const notes = conv.notesStarted;
    if (notes && !notes.asked) {
      pitfalls.push({
        id: 'no_notes_permission',
        at: moment(facts, notes.at, notes.action, notes.minute),
        evidence: {
          quote: '',
          missing: 'you started taking notes without asking whether that was all right',
        },
      });
    }
    const resume = conv.resumeHandedOver;
    const alreadyOffered = conv.turns.some((t) => t.analysis.moves.includes('offers_resume'));
    if (resume && !resume.requested && !alreadyOffered) {
      pitfalls.push({
        id: 'resume_offered_unasked',
        at: moment(facts, resume.at, resume.action, resume.minute),
        evidence: { quote: '', missing: 'you handed over your resume without being asked for it' },
      });
    }
  }
  return { pitfalls, credits: [] };
};

/**
 * Time ran out with the student's own top questions unasked after lower ones were asked. A
 * prepared question counts as asked when a turn asked about the same topic.
 */
export const unprioritizedQuestions: Criterion = (facts) => {
  const prepared = facts.ctx.prepared?.questions ?? [];
  const conv = facts.ctx.conversations.at(-1);
  if (!conv || prepared.length < 2) return { pitfalls: [], credits: [] };
  if (conv.elapsedMs < facts.scenario.agreedMinutes * MINUTE) return { pitfalls: [], credits: [] };
  // "Who else should I talk to?" belongs last by design (guide 001): it never ranks.
  const topics = prepared
    .map((q) => analyzeTurn(q, facts.scenario).topic)
    .map((t) => (t === 'referrals' ? null : t));
  const asked = new Set(conv.turns.map((t) => t.analysis.topic).filter((t) => t !== null));
  const firstUnasked = topics.findIndex((t) => t !== null && !asked.has(t));
  const laterAsked =
    firstUnasked >= 0 && topics.slice(firstUnasked + 1).some((t) => t !== null && asked.has(t));
  if (!laterAsked) return { pitfalls: [], credits: [] };
  return {
    pitfalls: [
      {
        id: 'unprioritized_questions',
        at: endMoment(facts, conv),
        evidence: {
          quote: '',
          missing: `your question ${firstUnasked + 1} ("${prepared[firstUnasked]}") was never asked, though later ones were`,
        },
      },
    ],
    credits: [],
  };
};
