export * from './actions.ts';
export * from './engine.ts';
export * from './log.ts';
export * from './types.ts';
export {
  createSessionMachine,
  toEvent,
  type SessionEvent,
  type SessionMachine,
  type SessionSnapshot,
} from './session.machine.ts';
export { currentConversation, currentCall, describeWait } from './steps.ts';
export { mailThanks, thankYouDue, thankYouOf, type ThankYou } from './facts.ts';
export * from './outcome.ts';
export { callStatus, withContact, type CallStatus } from './call-status.ts';
export { agendaOf, type AgendaEntry } from './agenda.ts';
export { referralsOf } from './referrals.ts';
export { promiseOutcome, type PromiseOutcome } from './promises.ts';
