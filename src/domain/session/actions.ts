import * as z from 'zod/mini';
import { LIMITS, formatCount } from '../limits/index.ts';
import { findMarkup } from '../limits/markup.ts';
import { EXPECTED_KIND, isRecord, kindOf, valueAt } from '../limits/describe.ts';

/**
 * The session input format (v1) of docs/formats.md: the student's actions. Written with zod/mini so the
 * browser's first load stays small. `parseAction` turns anything (a UI event, a line of an
 * untrusted inputs file) into an action or a reason a person can act on.
 */

/** A wait longer than this is absurd for a session (docs/formats.md). */
export const MAX_WAIT_MINUTES = 30 * 24 * 60;

const WAIT_UNTIL =
  /^(next_event|next_appointment|(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d)$/;

const EmailAction = z.strictObject({
  type: z.literal('email'),
  subject: z.string().check(z.maxLength(LIMITS.subjectChars)),
  body: z.string().check(z.minLength(1), z.maxLength(LIMITS.textChars)),
});
const NoteAction = z.strictObject({
  type: z.literal('note'),
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.textChars)),
});
const CallAction = z.strictObject({ type: z.literal('call') });
const SayAction = z.strictObject({
  type: z.literal('say'),
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.textChars)),
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
    .array(z.string().check(z.minLength(1), z.maxLength(LIMITS.textChars)))
    .check(z.maxLength(LIMITS.preparedQuestions)),
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

/** A field named the way a student reads it: "the text", "question 3". */
function fieldName(type: string, path: readonly PropertyKey[]): string {
  const [field, item] = path;
  if (field === 'questions' && typeof item === 'number') return `question ${item + 1}`;
  if (field === 'questions') return 'the question list';
  if (field === 'text') return type === 'note' ? 'the note' : 'the text';
  if (field === 'subject' || field === 'body') return `the ${field}`;
  return `"${path.map(String).join('.')}"`;
}

function describeIssue(
  type: string,
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
): string {
  const field = issue.path.map(String).join('.');
  const name = fieldName(type, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `a "${type}" action has no field ${issue.keys
      .slice(0, 5)
      .map((k) => `"${k.slice(0, 40)}"`)
      .join(
        ', ',
      )}${issue.keys.length > 5 ? ` (and ${formatCount(issue.keys.length - 5)} more)` : ''}`;
  }
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    const value = valueAt(raw, issue.path);
    const size = Array.isArray(value) || typeof value === 'string' ? value.length : null;
    const unit = field === 'questions' ? 'questions' : 'characters';
    return `${name} is too long: ${size === null ? '' : `${formatCount(size)} ${unit}, `}at most ${formatCount(issue.maximum)}${size === null ? ` ${unit}` : ''}`;
  }
  if (issue.code === 'too_small') return `${name} is empty`;
  if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (issue.path.length === 1 && value === undefined)
      return `a "${type}" action needs "${field}"`;
    return `"${field}" should be ${EXPECTED_KIND[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
  }
  return `"${field}" is not valid`;
}

/** The texts a student wrote in an action, each with where it is, for the checks on all of them. */
function textsOf(action: Action): { where: string; text: string }[] {
  switch (action.type) {
    case 'say':
    case 'note':
      return [{ where: '', text: action.text }];
    case 'email':
      return [
        { where: 'the subject', text: action.subject },
        { where: 'the body', text: action.body },
      ];
    case 'prepare':
      return action.questions.map((text, i) => ({ where: `question ${i + 1}`, text }));
    default:
      return [];
  }
}

/** How much student text an action carries, in UTF-16 code units (the session's budget). */
export function textLength(action: Action): number {
  let total = 0;
  for (const { text } of textsOf(action)) total += text.length;
  return total;
}

/** Script markup anywhere in what a student wrote: the same check the import makes on a file. */
function markupReason(action: Action): string | null {
  for (const { where, text } of textsOf(action)) {
    const found = findMarkup(text);
    if (found !== null) {
      return `Rapport does not take script markup such as "${found}" in what you write${where ? ` (${where})` : ''}`;
    }
  }
  return null;
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
  if (action.type === 'email' && action.body.trim() === '') {
    // An empty subject is still an email (scored as vague_subject); an empty body is not one.
    return { ok: false, reason: 'the email has no message: write its body first' };
  }
  const markup = markupReason(action);
  if (markup) return { ok: false, reason: markup };
  return { ok: true, action };
}
