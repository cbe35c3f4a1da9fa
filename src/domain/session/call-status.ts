import { assistantIs } from '../professional/assistant.machine.ts';
import { contactIs } from '../professional/contact.machine.ts';
import { voicemailIs } from '../professional/voicemail.machine.ts';
import type { SessionContext } from './types.ts';

/** Where a call stands, read from the personas' charts: who picked up, and what they are doing. */
export type CallStatus =
  | 'idle'
  | 'voicemail'
  | 'assistant'
  | 'introducing'
  | 'offered'
  | 'declined'
  | 'scheduled'
  | 'conversation';

export function callStatus(ctx: SessionContext): CallStatus {
  if (voicemailIs(ctx.voicemail, 'recording')) return 'voicemail';
  if (!assistantIs(ctx.assistant, 'away')) return 'assistant';
  if (contactIs(ctx.contact, 'conversation')) return 'conversation';
  if (contactIs(ctx.contact, 'phone.declined') || contactIs(ctx.contact, 'phone.ending'))
    return 'declined';
  if (contactIs(ctx.contact, 'phone.offered')) return 'offered';
  if (contactIs(ctx.contact, 'phone.scheduled')) return 'scheduled';
  if (contactIs(ctx.contact, 'phone')) return 'introducing';
  return 'idle';
}

/** Whether the student is speaking with the contact in person (on the phone or in a meeting). */
export function withContact(ctx: SessionContext): boolean {
  return contactIs(ctx.contact, 'phone') || contactIs(ctx.contact, 'conversation');
}
