import { DAY } from '../../calendar/calendar.ts';
import { analyzeMessage } from '../../text/message.ts';
import { findJobMentions, type Evidence } from '../../text/turn.ts';
import type { CreditId, PitfallId } from '../../vocabulary.ts';
import type { Found } from '../report.ts';
import { promiseOutcome } from '../../session/promises.ts';
import { contactLines } from '../../session/steps.ts';
import { describeDelay, endedConversation, thankYouOf } from '../../session/facts.ts';
import type { EmailRecord } from '../../session/types.ts';
import { analyzeThankYou } from '../../text/thank-you.ts';
import { moment, type Criterion, type Facts } from './common.ts';

/**
 * Request, persistence and follow-up criteria (PITFALLS.md), read from what the session recorded.
 */

function fieldSpan(evidence: Evidence, field: 'text' | 'subject' | 'body'): Evidence {
  return 'missing' in evidence ? evidence : { ...evidence, field };
}

/**
 * The request phase: each request's analysis (a phone introduction, or an email before any
 * conversation or accepted time). A pitfall repeated in a later request counts once; a recovered
 * request keeps the first one's pitfalls (PITFALLS.md: no conversation, no pass).
 */
export const requestFindings: Criterion = (facts) => {
  const pitfalls: Found<PitfallId>[] = [];
  const credits: Found<CreditId>[] = [];
  const seen = new Set<string>();
  for (const request of facts.ctx.requests) {
    const at = moment(facts, request.at, request.action);
    for (const p of request.analysis.pitfalls) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      pitfalls.push({ id: p.id, phase: 'request', at, evidence: p.evidence });
    }
    for (const c of request.analysis.credits) credits.push({ id: c.id, at, evidence: c.evidence });
  }
  // Other mail: a job request in a follow-up or a thank-you still counts.
  const requestActions = new Set(facts.ctx.requests.map((r) => r.action));
  for (const email of facts.ctx.emails) {
    if (requestActions.has(email.action)) continue;
    const field = email.medium === 'email' ? 'body' : 'text';
    const inBody = findJobMentions(email.body).requests[0];
    const inSubject =
      email.medium === 'email' ? findJobMentions(email.subject).requests[0] : undefined;
    const ask = inBody
      ? fieldSpan(inBody, field)
      : inSubject
        ? fieldSpan(inSubject, 'subject')
        : null;
    if (!ask) continue;
    const afterConversation = facts.ctx.conversations.some(
      (c) => c.endedAt !== null && c.endedAt <= email.at,
    );
    pitfalls.push({
      id: 'job_request',
      phase: afterConversation ? 'follow_up' : 'request',
      at: moment(facts, email.at, email.action),
      evidence: ask,
    });
  }
  return { pitfalls, credits };
};

/** Calls that count as attempts: not at an appointment (PITFALLS.md edge rules). */
export const persistence: Criterion = (facts) => {
  const pitfalls: Found<PitfallId>[] = [];
  const credits: Found<CreditId>[] = [];
  const { ctx, scenario } = facts;
  if (scenario.start.phase === 'interview') return { pitfalls, credits };
  const attempts = ctx.calls.filter((c) => !c.appointment);
  const unanswered = attempts.filter((c) => c.reached !== 'contact');

  // "A contact's decline ends persistence" (PITFALLS.md edge rules): after a decline (of a job
  // request, or a graceful exit), stopping is not giving up.
  const declined =
    ctx.requests.some((r) => r.medium !== 'email' && r.reaction === 'decline') ||
    ctx.received.some((r) => r.line === 'emailReplyDecline' || r.line === 'emailReplyGracefulExit');
  if (ctx.conversations.length === 0 && attempts.length < 3 && !declined) {
    pitfalls.push({
      id: 'gave_up_early',
      at: moment(facts, ctx.now, facts.lastAction),
      evidence: {
        quote: '',
        missing: `the session ended with no conversation after ${attempts.length} call attempt${attempts.length === 1 ? '' : 's'} (make at least three)`,
      },
    });
  }

  const sameDay = unanswered.find(
    (c, i) => i > 0 && Math.floor(c.at / DAY) === Math.floor((unanswered[i - 1]?.at ?? -DAY) / DAY),
  );
  const fourth = unanswered[3];
  const excess = sameDay && (!fourth || sameDay.at <= fourth.at) ? sameDay : fourth;
  if (excess) {
    pitfalls.push({
      id: 'too_persistent',
      phase: 'persistence',
      at: moment(facts, excess.at, excess.action),
      evidence: {
        quote: '',
        missing:
          excess === sameDay
            ? 'a second unanswered call on the same working day'
            : 'a fourth unanswered call attempt',
      },
    });
  }

  for (const call of ctx.calls) {
    if (call.reached === 'contact' || call.message.trim() === '') continue;
    const analysis = analyzeMessage(call.message, {
      studentName: scenario.brief.student.name,
      withAssistant: call.reached === 'assistant',
    });
    const at = moment(facts, call.at, call.action);
    for (const p of analysis.pitfalls) {
      pitfalls.push({
        id: p.id,
        ...(p.id === 'job_request' ? { phase: 'persistence' as const } : {}),
        at,
        evidence: p.evidence,
      });
    }
    for (const c of analysis.credits) credits.push({ id: c.id, at, evidence: c.evidence });
  }

  for (const made of ctx.promises) {
    const outcome = promiseOutcome(ctx, made);
    const slot = made.promise.slot;
    if (!outcome || !slot) continue;
    const evidence: Evidence = {
      quote: made.promise.quote,
      field: made.field,
      start: made.promise.start,
      end: made.promise.end,
    };
    if (outcome.status === 'kept') {
      credits.push({
        id: 'kept_promise',
        at: moment(facts, outcome.by.at, outcome.by.action),
        evidence,
      });
    } else if (outcome.status === 'broken') {
      pitfalls.push({
        id: 'broken_promise',
        at: moment(facts, slot.to, facts.lastAction),
        evidence,
      });
    }
  }

  for (const declined of ctx.declinedOffers) {
    if (declined.alternative) continue;
    pitfalls.push({
      id: 'inflexible',
      at: moment(facts, declined.at, declined.action),
      evidence: { quote: declined.text, field: 'text', start: 0, end: declined.text.length },
    });
  }

  const lastAttempt = attempts.at(-1);
  if (
    lastAttempt &&
    lastAttempt.reached === 'assistant' &&
    !lastAttempt.askedForHelp &&
    ctx.conversations.length === 0
  ) {
    pitfalls.push({
      id: 'no_help_sought',
      at: moment(facts, lastAttempt.at, lastAttempt.action),
      evidence: {
        quote: '',
        missing:
          'you did not ask the assistant for a good time to call or the best way to reach them',
      },
    });
  }
  return { pitfalls, credits };
};

/**
 * The thank-you (the first mail after the conversation) and what follows it: on time (within 24
 * hours is best, a week at most), in a medium that reaches the contact, naming something
 * specific; a later update reporting what the student did earns `stays_in_touch`. A job request
 * in any of them is counted with the other mail (requestFindings).
 */
export const followUp: Criterion = (facts) => {
  const pitfalls: Found<PitfallId>[] = [];
  const credits: Found<CreditId>[] = [];
  const { ctx, scenario } = facts;
  const conv = endedConversation(ctx);
  if (!conv) return { pitfalls, credits };
  const ended = conv.endedAt;
  const after = ctx.emails.filter((e) => e.at >= ended);
  // The thank-you is the first mail after the conversation that thanks the contact, whenever it
  // comes (PITFALLS.md's edge rule); after a week it no longer counts, and the evidence says how
  // late it came.
  const thankYou = thankYouOf(ctx);
  if (!thankYou || thankYou.timing === 'too_late') {
    pitfalls.push({
      id: 'no_thank_you',
      at: thankYou
        ? moment(facts, thankYou.mail.at, thankYou.mail.action)
        : moment(facts, Math.max(ctx.now, ended), facts.lastAction),
      evidence: {
        quote: '',
        missing: thankYou
          ? `the thank-you came ${describeDelay(thankYou.after)}, later than a week`
          : 'no thank-you was sent within a week of the conversation',
      },
    });
    return { pitfalls, credits: thankYou ? stayingInTouch(facts, thankYou.mail, after) : [] };
  }
  const thanks = thankYou.mail;
  const at = moment(facts, thanks.at, thanks.action);
  if (thankYou.timing === 'late') {
    pitfalls.push({
      id: 'late_thank_you',
      at,
      evidence: {
        quote: '',
        missing: 'the thank-you came more than 24 hours after the conversation',
      },
    });
  }
  if (thanks.medium === 'note' && scenario.contact.officePresence === 'rarely') {
    pitfalls.push({
      id: 'wrong_medium',
      at,
      evidence: {
        quote: '',
        missing: `${scenario.contact.addressAs} is rarely in the office; an email would reach them`,
      },
    });
  }
  const heard = contactLines(ctx);
  const analysis = analyzeThankYou(mailInput(thanks), { scenario, heard });
  for (const p of analysis.pitfalls) {
    if (p.id === 'job_request') continue;
    pitfalls.push({ id: p.id, phase: 'follow_up', at, evidence: p.evidence });
  }
  for (const c of analysis.credits) {
    const echo =
      c.id === 'mentions_specific_learning'
        ? analysis.specifics.find((s) => s.evidence === c.evidence)?.echoes
        : null;
    credits.push({
      id: c.id,
      at,
      evidence: c.evidence,
      ...(echo
        ? {
            echoes: {
              quote: echo.text,
              ...(echo.minute !== undefined ? { minute: echo.minute } : {}),
            },
          }
        : {}),
    });
  }
  credits.push(...stayingInTouch(facts, thanks, after));
  return { pitfalls, credits };
};

/** Staying in touch: the first mail after the thank-you that reports what the student did. */
function stayingInTouch(
  facts: Facts,
  thanks: EmailRecord,
  after: EmailRecord[],
): Found<CreditId>[] {
  const heard = contactLines(facts.ctx);
  for (const update of after.filter((e) => e.action > thanks.action)) {
    const action = analyzeThankYou(mailInput(update), {
      scenario: facts.scenario,
      heard,
    }).credits.find((c) => c.id === 'reports_action_taken');
    if (!action) continue;
    return [
      {
        id: 'stays_in_touch',
        at: moment(facts, update.at, update.action),
        evidence: action.evidence,
      },
    ];
  }
  return [];
}

function mailInput(mail: EmailRecord): { subject?: string; body: string } {
  return mail.medium === 'email' ? { subject: mail.subject, body: mail.body } : { body: mail.body };
}
