import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../scenario/hash.ts';
import { LIMITS } from '../limits/index.ts';
import { isRecord, type Checked } from '../limits/describe.ts';

/**
 * An assignment, as `../shared/DESIGN.md` ("Instructors") defines it: what an instructor sets (a
 * title, one scenario or a sequence, the mode, the seed, the attempts allowed, a due date and the
 * scenario hashes it was made against), carried in a link `#/assign/<payload>`. The payload is
 * the assignment's canonical JSON in base64url, a full stop, and the first 12 hex digits of its
 * SHA-256, so a truncated or edited link is told apart from a good one (it is not a secret).
 */
export interface Assignment {
  format: 'rapport-assignment';
  version: 1;
  title: string;
  scenarios: { id: string; hash: string }[];
  mode: 'practice' | 'assessed';
  /** One seed for the whole class, or one per student (from their name and the assignment). */
  seed: number | 'per-student';
  /** How many attempts count, or null for any number (up to the result file's 50). */
  attempts: number | null;
  /** The due date, YYYY-MM-DD. */
  due?: string;
}

const HASH = /^sha256:[0-9a-f]{64}$/;
const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The longest title, and the most scenarios in a sequence. */
export const MAX_TITLE_CHARS = 200;
export const MAX_SCENARIOS = 20;
/** The longest link payload read: far more than any assignment needs. */
export const MAX_PAYLOAD_CHARS = 20_000;
const KEYS = new Set([
  'format',
  'version',
  'title',
  'scenarios',
  'mode',
  'seed',
  'attempts',
  'due',
]);

/** Checks a parsed value that claims to be an assignment, with one reason in plain words. */
export function checkAssignment(raw: unknown): Checked<Assignment> {
  if (!isRecord(raw)) return { ok: false, reason: 'it is not an assignment (a JSON object)' };
  if (raw.format !== 'rapport-assignment')
    return { ok: false, reason: 'it is not a Rapport assignment ("format": "rapport-assignment")' };
  if (raw.version !== 1)
    return {
      ok: false,
      reason: 'it is an assignment of another version; this Rapport reads version 1',
    };
  for (const key of Object.keys(raw))
    if (!KEYS.has(key))
      return { ok: false, reason: `it has a field no assignment has ("${key.slice(0, 40)}")` };
  const { title, scenarios, mode, seed, attempts, due } = raw;
  if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TITLE_CHARS)
    return {
      ok: false,
      reason: `its title should be a text of 1 to ${MAX_TITLE_CHARS} characters`,
    };
  if (!Array.isArray(scenarios) || scenarios.length === 0 || scenarios.length > MAX_SCENARIOS)
    return { ok: false, reason: `it should name 1 to ${MAX_SCENARIOS} scenarios` };
  for (const [i, s] of scenarios.entries()) {
    if (
      !isRecord(s) ||
      Object.keys(s).some((k) => k !== 'id' && k !== 'hash') ||
      typeof s.id !== 'string' ||
      !SCENARIO_ID.test(s.id) ||
      s.id.length > 100 ||
      typeof s.hash !== 'string' ||
      !HASH.test(s.hash)
    )
      return {
        ok: false,
        reason: `its scenario ${i + 1} should be a scenario id and the hash of the version it was made against`,
      };
  }
  if (mode !== 'practice' && mode !== 'assessed')
    return { ok: false, reason: 'its mode should be "practice" or "assessed"' };
  if (seed !== 'per-student' && !(Number.isSafeInteger(seed) && (seed as number) >= 0))
    return { ok: false, reason: 'its seed should be a whole number or "per-student"' };
  if (
    attempts !== null &&
    !(
      Number.isInteger(attempts) &&
      (attempts as number) >= 1 &&
      (attempts as number) <= LIMITS.resultAttempts
    )
  )
    return {
      ok: false,
      reason: `its attempts should be a number from 1 to ${LIMITS.resultAttempts}, or null for any`,
    };
  if (due !== undefined && (typeof due !== 'string' || !DATE.test(due)))
    return { ok: false, reason: 'its due date should be written YYYY-MM-DD' };
  return { ok: true, value: raw as unknown as Assignment };
}

/** The assignment's id: `sha256:` and the hex SHA-256 of its canonical JSON. */
export function assignmentId(assignment: Assignment): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(assignment))))}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (without padding) back to bytes, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let n = 0;
  let bits = 0;
  let j = 0;
  for (const c of text) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    n = (n << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (n >> bits) & 255;
    }
  }
  return bytes.subarray(0, j);
}

const checksumOf = (json: string) => bytesToHex(sha256(utf8ToBytes(json))).slice(0, 12);

/** The payload of an assignment link (what follows `#/assign/`). */
export function assignmentPayload(assignment: Assignment): string {
  const json = canonicalJson(assignment);
  return `${toBase64Url(utf8ToBytes(json))}.${checksumOf(json)}`;
}

/**
 * An assignment read back from a link's payload, or why it cannot be, in words a student
 * understands: a link cut short or changed, or one that is not an assignment at all.
 */
export function readAssignmentPayload(payload: string): Checked<Assignment> {
  const broken = {
    ok: false as const,
    reason:
      'this assignment link is incomplete or has been changed; ask your instructor for the link again, or copy all of it',
  };
  if (payload.length > MAX_PAYLOAD_CHARS) return broken;
  const dot = payload.lastIndexOf('.');
  if (dot < 0) return broken;
  const bytes = fromBase64Url(payload.slice(0, dot));
  if (bytes === null) return broken;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return broken;
  }
  if (checksumOf(json) !== payload.slice(dot + 1)) return broken;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return broken;
  }
  const checked = checkAssignment(raw);
  if (!checked.ok)
    return { ok: false, reason: `this link is not a Rapport assignment: ${checked.reason}` };
  // The link carries the canonical JSON; anything else was not made by Rapport.
  if (canonicalJson(checked.value) !== json) return broken;
  return checked;
}

/** A student's name as files are matched by: trimmed, case-folded, inner spaces collapsed. */
export function studentKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The seed a student plays an assignment with: the assignment's, or for a per-student seed one
 * derived from the assignment's id and the student's name, so a student's own retry replays.
 */
export function seedFor(assignment: Assignment, studentName: string): number {
  if (assignment.seed !== 'per-student') return assignment.seed;
  const digest = sha256(utf8ToBytes(`${assignmentId(assignment)}\n${studentKey(studentName)}`));
  return (
    (((digest[0] ?? 0) << 24) |
      ((digest[1] ?? 0) << 16) |
      ((digest[2] ?? 0) << 8) |
      (digest[3] ?? 0)) >>>
    0
  );
}
