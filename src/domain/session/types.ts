import type { Stamp } from '../calendar/calendar.ts';
import type { Topic } from '../scenario/scenario.schema.ts';
import type { TurnAnalysis } from '../text/turn.ts';

/** Who speaks a line of the transcript (DESIGN.md). */
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
  minute: number;
  text: string;
  words: number;
  analysis: TurnAnalysis;
  /** The contact had just asked the student about themselves. */
  answeringAboutSelf: boolean;
  /** The contact had invited the student to keep going past the agreed length. */
  invited: boolean;
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
  rapport: number;
  askedAboutStudent: boolean;
  awaitingSelfIntro: boolean;
  timeSignalled: boolean;
  invitedToContinue: boolean;
  /** The student acknowledged the time or offered to email remaining questions. */
  timeChecked: boolean;
  openingMentioned: boolean;
  resumeRequested: boolean;
  resumeGiven: boolean;
  takingNotes: boolean;
  notesAsked: boolean;
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
  line: 'emailReplyAccept' | 'emailReplyDecline' | 'emailReplyGracefulExit';
  /** An appointment the reply proposes, ms. */
  proposes: number | null;
}

/** Where the current call stands. */
export type CallStage = 'introduction' | 'declined' | 'conversation';

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
  stage: CallStage | null;
  /** The intro the student gave at the start of the current call with the contact. */
  declinedForJob: boolean;
  prepared: { questions: string[]; bringResume: boolean } | null;
}
