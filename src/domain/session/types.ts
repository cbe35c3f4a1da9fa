import type { Intent } from './intents.ts';
import type { Stamp } from '../calendar/calendar.ts';
import type { AssistantState } from '../professional/assistant.machine.ts';
import type { ContactState } from '../professional/contact.machine.ts';
import type { VoicemailState } from '../professional/voicemail.machine.ts';
import type { Topic } from '../scenario/scenario.schema.ts';
import type { StudentPromise } from '../text/next-step.ts';
import type { RequestAnalysis } from '../text/request.ts';
import type { TurnAnalysis } from '../text/turn.ts';

/** Who speaks a line of the transcript (docs/formats.md). */
export type Speaker = 'student' | 'contact' | 'assistant' | 'voicemail' | 'system';

export interface TranscriptEntry {
  who: Speaker;
  text: string;
  at: Stamp;
  /** Conversation minute at which the line starts, inside a conversation with the contact. */
  minute?: number;
}

/** Who a call reached. */
export type Reached = 'contact' | 'voicemail' | 'assistant';

export interface Appointment {
  /** Simulated moment, ms since day 0 00:00. */
  at: number;
  /** Who set it: the contact (a reply or on the phone) or the assistant. */
  by: 'contact' | 'assistant';
  kind: 'call';
  kept: boolean;
}

export interface CallRecord {
  /** Index of the `call` action in the inputs. */
  action: number;
  at: number;
  reached: Reached;
  /** A call at an appointment is not an attempt (PITFALLS.md edge rules). */
  appointment: boolean;
  /** What the student said from the beep or the assistant's greeting until `end`. */
  message: string;
  /** The student asked the assistant for a good time or the best way to proceed. */
  askedForHelp: boolean;
  /** What the student said to introduce themselves when the contact answered. */
  introduction: { action: number; at: number; text: string } | null;
  /** Where the call starts in the transcript: what was said on it follows. */
  transcriptFrom: number;
  endedAt: number | null;
}

export interface EmailRecord {
  action: number;
  at: number;
  subject: string;
  body: string;
  medium: 'email' | 'note';
}

/** One student turn in a conversation with the contact, analysed. */
export interface TurnRecord {
  action: number;
  at: number;
  /** Conversation minute at which the turn starts, to a tenth (for reports). */
  minute: number;
  /** Conversation time at which the turn starts, exact (for the clock rules). */
  elapsedMs: number;
  text: string;
  words: number;
  analysis: TurnAnalysis;
  /** The contact had just asked the student about themselves. */
  answeringAboutSelf: boolean;
  /** The contact had invited the student to keep going past the agreed length. */
  invited: boolean;
  /** What the turn meant to the contact, in the order it was said (session/intents.ts). */
  intents: Intent[];
}

export interface ConversationRecord {
  /** The call action that opened it. */
  action: number;
  startedAt: number;
  /** Conversation time used so far, ms. */
  elapsedMs: number;
  studentWords: number;
  contactWords: number;
  turns: TurnRecord[];
  topicsAnswered: Topic[];
  /** The readings the contact offered when it last asked what the student meant (else null). */
  offered: Topic[] | null;
  rapport: number;
  /** The `take_notes` action, and whether the student had asked permission by then. */
  notesStarted: { action: number; at: number; minute: number; asked: boolean } | null;
  /** The `give_resume` action, and whether the contact had asked for it. */
  resumeHandedOver: { action: number; at: number; minute: number; requested: boolean } | null;
  endedAt: number | null;
  /** Index of the `end` action that closed it. */
  endAction: number | null;
}

/** Something scheduled to happen to the student (a reply arriving). */
export interface Pending {
  at: number;
  kind: 'email_reply';
  line:
    | 'emailReplyAccept'
    | 'emailReplyDecline'
    | 'emailReplyGracefulExit'
    | 'thankYouReply'
    | 'updateReply';
  /** The email it answers. */
  action: number;
  /** An appointment the reply proposes, ms. */
  proposes: number | null;
}

/** A request the student made (a phone introduction or an email before any conversation). */
export interface RequestRecord {
  action: number;
  at: number;
  medium: 'email' | 'phone';
  subject?: string;
  body: string;
  analysis: RequestAnalysis;
  /** How the contact reacted. */
  reaction:
    'accept' | 'graceful_exit' | 'ignore' | 'decline' | 'offer_now' | 'schedule' | 'clarify';
}

/** Something the student said they would do at a day or time. */
export interface PromiseRecord {
  action: number;
  at: number;
  promise: StudentPromise;
  /** Which text the promise was in. */
  field: 'text' | 'body';
}

/** The student turned down a contact who offered to talk right now. */
export interface DeclinedOffer {
  action: number;
  at: number;
  text: string;
  /** The student proposed a specific alternative (a day or time). */
  alternative: boolean;
}

export interface SessionContext {
  /** The seeded generator's state. */
  rng: number;
  /** Simulated now, ms since day 0 00:00. */
  now: number;
  /** Index, in the inputs, of the action being applied. */
  index: number;
  transcript: TranscriptEntry[];
  calls: CallRecord[];
  emails: EmailRecord[];
  conversations: ConversationRecord[];
  appointments: Appointment[];
  pending: Pending[];
  /** Where the contact's chart is (professional/contact.machine.ts): its state value. */
  contact: ContactState;
  /** Where the assistant's chart is (professional/assistant.machine.ts). */
  assistant: AssistantState;
  /** Where the voicemail's chart is (professional/voicemail.machine.ts). */
  voicemail: VoicemailState;
  requests: RequestRecord[];
  promises: PromiseRecord[];
  /** Moments that settle every promise made before them: a reply, an appointment being set. */
  settlements: number[];
  declinedOffers: DeclinedOffer[];
  /** Replies delivered to the student, with the email each answers. */
  received: { at: number; action: number; line: Pending['line'] }[];
  /** When the contact offered to talk now, in the current call. */
  offeredAt: number | null;
  prepared: { questions: string[]; bringResume: boolean } | null;
}
