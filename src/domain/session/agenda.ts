import { stamp, type Stamp } from '../calendar/calendar.ts';
import { describeMoment } from '../professional/lines.ts';
import type { Scenario } from '../scenario/scenario.schema.ts';
import { promiseOutcome } from './promises.ts';
import type { SessionContext } from './types.ts';

/**
 * The student's agenda: what happened (calls, mail, replies) and what is scheduled (appointments,
 * promises still open), in time order. Derived from the session, never stored.
 */
export interface AgendaEntry {
  at: number;
  when: Stamp;
  kind: 'call' | 'email' | 'note' | 'reply' | 'appointment' | 'promise';
  text: string;
  status: 'done' | 'scheduled' | 'kept' | 'missed';
}

const REACHED = {
  contact: 'reached',
  voicemail: 'reached the voicemail of',
  assistant: 'reached the assistant of',
} as const;

export function agendaOf(ctx: SessionContext, scenario: Scenario): AgendaEntry[] {
  const origin = { weekday: scenario.start.weekday };
  const who = scenario.contact.addressAs;
  const entries: AgendaEntry[] = [];
  const add = (
    at: number,
    kind: AgendaEntry['kind'],
    text: string,
    status: AgendaEntry['status'],
  ) => entries.push({ at, when: stamp(origin, at), kind, text, status });

  for (const call of ctx.calls) {
    add(
      call.at,
      'call',
      `You called and ${REACHED[call.reached]} ${who}${call.appointment ? ' (at the agreed time)' : ''}.`,
      'done',
    );
  }
  for (const mail of ctx.emails) {
    add(
      mail.at,
      mail.medium,
      mail.medium === 'email'
        ? `You emailed ${who}: “${mail.subject || '(no subject)'}”.`
        : `You posted a note to ${who}.`,
      'done',
    );
  }
  for (const reply of ctx.received) {
    const what = {
      emailReplyAccept: 'proposing a time',
      emailReplyGracefulExit: 'offering to answer by email',
      emailReplyDecline: 'declining',
      thankYouReply: 'thanking you in turn',
      updateReply: 'glad to hear your news',
    }[reply.line];
    add(reply.at, 'reply', `${who} replied, ${what}.`, 'done');
  }
  for (const appointment of ctx.appointments) {
    const past = appointment.at < ctx.now;
    add(
      appointment.at,
      'appointment',
      `Call ${who} ${describeMoment(origin, appointment.at)} (set by ${appointment.by === 'assistant' ? 'the assistant' : who}).`,
      appointment.kept ? 'kept' : past ? 'missed' : 'scheduled',
    );
  }
  for (const made of ctx.promises) {
    const outcome = promiseOutcome(ctx, made);
    const slot = made.promise.slot;
    if (!outcome || !slot) continue;
    const status = { kept: 'kept', broken: 'missed', settled: 'done', open: 'scheduled' } as const;
    add(
      slot.at ?? slot.from,
      'promise',
      `You said: “${made.promise.quote}”.`,
      status[outcome.status],
    );
  }
  return entries.sort((a, b) => a.at - b.at);
}
