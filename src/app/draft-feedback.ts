import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import type { SessionContext } from '../domain/session/types.ts';
import { analyzeMessage } from '../domain/text/message.ts';
import { analyzeRequest } from '../domain/text/request.ts';
import { contactLines } from '../domain/session/steps.ts';
import { analyzeThankYou } from '../domain/text/thank-you.ts';
import { analyzeTurn, type Finding } from '../domain/text/turn.ts';
import type { CreditId, PitfallId } from '../domain/vocabulary.ts';

/** Feedback on a draft before it is sent (practice mode): the same analyzers the debrief uses. */
export interface DraftFeedback {
  what: string;
  pitfalls: Finding<PitfallId>[];
  credits: Finding<CreditId>[];
  /** Set when there is no message yet: what to write first (an empty draft never "passes"). */
  empty?: string;
}

export type DraftKind = 'email' | 'introduction' | 'message' | 'turn' | 'thank_you';

const WHAT: Record<DraftKind, string> = {
  email: 'your email',
  introduction: 'your introduction',
  message: 'your message',
  turn: 'what you are about to say',
  thank_you: 'your thank-you',
};

export function draftFeedback(
  kind: DraftKind,
  draft: { subject?: string; body: string },
  scenario: Scenario,
  ctx: SessionContext,
): DraftFeedback {
  if (
    draft.body.trim() === '' &&
    (kind === 'introduction' || kind === 'message' || kind === 'turn')
  ) {
    return {
      what: WHAT[kind],
      pitfalls: [],
      credits: [],
      empty: 'There is nothing to check yet: write what you want to say first.',
    };
  }
  // An email or a letter with no message is still judged (its subject and all it lacks), and says
  // first that it has no message.
  const empty =
    draft.body.trim() === ''
      ? draft.subject === undefined
        ? { empty: 'The note is empty: write it first.' }
        : { empty: 'The message is empty: an email needs a body.' }
      : {};
  const calendar = {
    weekday: scenario.start.weekday,
    now: ctx.now,
    toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
  };
  switch (kind) {
    case 'email': {
      const a = analyzeRequest(
        { subject: draft.subject ?? '', body: draft.body },
        { ...calendar, scenario },
      );
      return { what: WHAT.email, pitfalls: a.pitfalls, credits: a.credits, ...empty };
    }
    case 'introduction': {
      const a = analyzeRequest({ body: draft.body }, { ...calendar, scenario });
      return { what: WHAT.introduction, pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'message': {
      const withAssistant = ctx.calls.at(-1)?.reached === 'assistant';
      const a = analyzeMessage(draft.body, {
        ...calendar,
        studentName: scenario.brief.student.name,
        withAssistant,
      });
      return { what: WHAT.message, pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'thank_you': {
      const a = analyzeThankYou(
        draft.subject === undefined
          ? { body: draft.body }
          : { subject: draft.subject, body: draft.body },
        { scenario, heard: contactLines(ctx) },
      );
      return { what: WHAT.thank_you, pitfalls: a.pitfalls, credits: a.credits, ...empty };
    }
    case 'turn': {
      const a = analyzeTurn(draft.body, scenario);
      return { what: WHAT.turn, pitfalls: a.pitfalls, credits: a.credits };
    }
  }
}

/**
 * One sentence for a screen reader when feedback arrives: what was checked, whether it is empty,
 * and the pitfalls found by name. `name` turns an id into words.
 */
export function feedbackSummary(feedback: DraftFeedback, name: (id: PitfallId) => string): string {
  const found =
    feedback.pitfalls.length === 0
      ? 'no pitfalls found'
      : `${feedback.pitfalls.length} ${feedback.pitfalls.length === 1 ? 'pitfall' : 'pitfalls'}: ${feedback.pitfalls.map((p) => name(p.id)).join(', ')}`;
  if (feedback.empty && feedback.pitfalls.length === 0) {
    return `Feedback on ${feedback.what}: ${feedback.empty}`;
  }
  return `Feedback on ${feedback.what}: ${feedback.empty ? `${feedback.empty} ` : ''}${found}.`;
}

/** The pitfalls of `before` that `after` no longer has: what the student has just fixed. */
export function fixedSince(before: DraftFeedback, after: DraftFeedback): PitfallId[] {
  const still = new Set(after.pitfalls.map((p) => p.id));
  return [...new Set(before.pitfalls.map((p) => p.id))].filter((id) => !still.has(id));
}
