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
}

export type DraftKind = 'email' | 'introduction' | 'message' | 'turn' | 'thank_you';

export function draftFeedback(
  kind: DraftKind,
  draft: { subject?: string; body: string },
  scenario: Scenario,
  ctx: SessionContext,
): DraftFeedback {
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
      return { what: 'your email', pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'introduction': {
      const a = analyzeRequest({ body: draft.body }, { ...calendar, scenario });
      return { what: 'your introduction', pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'message': {
      const withAssistant = ctx.calls.at(-1)?.reached === 'assistant';
      const a = analyzeMessage(draft.body, {
        ...calendar,
        studentName: scenario.brief.student.name,
        withAssistant,
      });
      return { what: 'your message', pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'thank_you': {
      const a = analyzeThankYou(
        draft.subject === undefined
          ? { body: draft.body }
          : { subject: draft.subject, body: draft.body },
        { scenario, heard: contactLines(ctx) },
      );
      return { what: 'your thank-you', pitfalls: a.pitfalls, credits: a.credits };
    }
    case 'turn': {
      const a = analyzeTurn(draft.body, scenario);
      return { what: 'what you are about to say', pitfalls: a.pitfalls, credits: a.credits };
    }
  }
}
