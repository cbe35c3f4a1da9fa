import * as z from 'zod/mini';

/**
 * The session input format (v1) of DESIGN.md: the student's actions. Written with zod/mini so the
 * browser's first load stays small. `parseAction` turns anything (a UI event, a line of an
 * untrusted inputs file) into an action or a reason a person can act on.
 */

/** Longest text a single turn, note or email field may hold; longer pastes are refused whole. */
export const MAX_TEXT = 5_000;
export const MAX_BODY = 20_000;
export const MAX_SUBJECT = 300;
/** A wait longer than this is absurd for a session (DESIGN.md). */
export const MAX_WAIT_MINUTES = 30 * 24 * 60;

const WAIT_UNTIL =
  /^(next_event|next_appointment|(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d)$/;

const EmailAction = z.strictObject({
  type: z.literal('email'),
  subject: z.string().check(z.maxLength(MAX_SUBJECT)),
  body: z.string().check(z.minLength(1), z.maxLength(MAX_BODY)),
});
const NoteAction = z.strictObject({
  type: z.literal('note'),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});
const CallAction = z.strictObject({ type: z.literal('call') });
const SayAction = z.strictObject({
  type: z.literal('say'),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});
const EndAction = z.strictObject({ type: z.literal('end') });
const WaitAction = z.strictObject({
  type: z.literal('wait'),
  minutes: z.optional(z.number()),
  hours: z.optional(z.number()),
  days: z.optional(z.number()),
  until: z.optional(z.string()),
});
const PrepareAction = z.strictObject({
  type: z.literal('prepare'),
  questions: z
    .array(z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)))
    .check(z.maxLength(100)),
  bring_resume: z.boolean(),
});
const TakeNotesAction = z.strictObject({ type: z.literal('take_notes') });
const GiveResumeAction = z.strictObject({ type: z.literal('give_resume') });

const SCHEMAS = {
  email: EmailAction,
  note: NoteAction,
  call: CallAction,
  say: SayAction,
  end: EndAction,
  wait: WaitAction,
  prepare: PrepareAction,
  take_notes: TakeNotesAction,
  give_resume: GiveResumeAction,
} as const;

export type ActionType = keyof typeof SCHEMAS;
export const ACTION_TYPES = Object.keys(SCHEMAS) as ActionType[];

export type EmailAction = z.infer<typeof EmailAction>;
export type NoteAction = z.infer<typeof NoteAction>;
export type SayAction = z.infer<typeof SayAction>;
export type WaitAction = z.infer<typeof WaitAction>;
export type PrepareAction = z.infer<typeof PrepareAction>;
export type Action =
  | EmailAction
  | NoteAction
  | z.infer<typeof CallAction>
  | SayAction
  | z.infer<typeof EndAction>
  | WaitAction
  | PrepareAction
  | z.infer<typeof TakeNotesAction>
  | z.infer<typeof GiveResumeAction>;

export type ParsedAction = { ok: true; action: Action } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssue(
  type: string,
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
): string {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return `a "${type}" action has no field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `"${field}" is too long: at most ${issue.maximum.toLocaleString('en-US')} ${
      field === 'questions' ? 'questions' : 'characters'
    }`;
  }
  if (issue.code === 'too_small') return `"${field}" is empty`;
  if (issue.code === 'invalid_type') {
    return raw[String(issue.path[0])] === undefined
      ? `a "${type}" action needs "${field}"`
      : `"${field}" should be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
  }
  return `"${field}" is not valid`;
}

function checkWait(action: WaitAction): string | null {
  const given = (['minutes', 'hours', 'days', 'until'] as const).filter(
    (k) => action[k] !== undefined,
  );
  if (given.length !== 1) {
    return 'a "wait" action takes exactly one of "minutes", "hours", "days" or "until"';
  }
  if (action.until !== undefined) {
    return WAIT_UNTIL.test(action.until)
      ? null
      : `"until" must be "next_event", "next_appointment" or a weekday and time like "Thu 09:30", not "${action.until.slice(0, 40)}"`;
  }
  const unit = given[0] as 'minutes' | 'hours' | 'days';
  const amount = action[unit] as number;
  if (!Number.isFinite(amount) || amount <= 0) return `a wait must be a positive number of ${unit}`;
  const minutes = unit === 'minutes' ? amount : unit === 'hours' ? amount * 60 : amount * 1440;
  if (minutes > MAX_WAIT_MINUTES) return 'a wait of more than 30 days is not part of a session';
  if (minutes < 1 / 60) return 'a wait must last at least one second';
  return null;
}

/** Validates one action; never throws. */
export function parseAction(raw: unknown): ParsedAction {
  if (!isRecord(raw)) return { ok: false, reason: 'an action must be an object with a "type"' };
  const type = raw.type;
  if (typeof type !== 'string') return { ok: false, reason: 'an action needs a "type"' };
  if (!Object.hasOwn(SCHEMAS, type)) {
    return {
      ok: false,
      reason: `unknown action type "${type.slice(0, 40)}"; known types: ${ACTION_TYPES.join(', ')}`,
    };
  }
  const result = SCHEMAS[type as ActionType].safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: issue ? describeIssue(type, issue, raw) : `invalid "${type}" action`,
    };
  }
  const action = result.data as Action;
  if (action.type === 'wait') {
    const problem = checkWait(action);
    if (problem) return { ok: false, reason: problem };
  }
  if ((action.type === 'say' || action.type === 'note') && action.text.trim() === '') {
    return { ok: false, reason: 'there is nothing to say: the text is blank' };
  }
  return { ok: true, action };
}
