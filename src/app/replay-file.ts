import { parseLog, type ParsedLog } from '../domain/session/log.ts';

/**
 * Reading a replay file a student or instructor imports: untrusted. It is refused, with one clear
 * reason, when it is too large, not JSON, carries keys that could reach an object's prototype,
 * carries HTML or script markup in its text, or is not a Rapport log (schema). The scenario's
 * content hash is checked when the log is replayed against the scenario.
 */

/** A real session's log is a few hundred kilobytes at most. */
export const MAX_REPLAY_BYTES = 2_000_000;

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Script markup: a script or frame element, a `javascript:` address, an event-handler attribute in
 * a tag. Ordinary text that mentions HTML ("a good <form> for a bug report", "JavaScript: mostly
 * small tools") is not markup; it is shown as text anyway.
 */
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed)\b|javascript:\S|<[^>]*\bon[a-z]+\s*=/i;

/** A real session has a few hundred actions; replaying thousands would stall a phone. */
export const MAX_REPLAY_ACTIONS = 1500;

export function readReplayText(text: string): ParsedLog {
  if (text.length > MAX_REPLAY_BYTES) {
    return {
      ok: false,
      reason: `the file is too large for a replay (${Math.round(text.length / 1000)} kB; the limit is ${MAX_REPLAY_BYTES / 1_000_000} MB)`,
    };
  }
  let hostile: string | null = null;
  let markup: string | null = null;
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile ??= key;
      if (typeof value === 'string' && MARKUP.test(value)) markup ??= MARKUP.exec(value)?.[0] ?? '';
      return value;
    });
  } catch {
    return { ok: false, reason: 'the file is not valid JSON, so it cannot be a Rapport replay' };
  }
  if (hostile !== null) {
    return {
      ok: false,
      reason: `the file contains a "${String(hostile)}" key, which no Rapport replay has; it was not opened`,
    };
  }
  if (markup !== null) {
    return {
      ok: false,
      reason: `the file's text contains HTML or script markup ("${String(markup).slice(0, 20)}"), which no Rapport replay has; it was not opened`,
    };
  }
  const parsed = parseLog(raw);
  if (parsed.ok && parsed.log.actions.length > MAX_REPLAY_ACTIONS) {
    return {
      ok: false,
      reason: `the file has ${parsed.log.actions.length} actions; a replay holds at most ${MAX_REPLAY_ACTIONS}`,
    };
  }
  return parsed;
}

/** Reads a File from an `<input type="file">`, refusing an oversized one before reading it. */
export async function readReplayFile(file: File): Promise<ParsedLog> {
  if (file.size > MAX_REPLAY_BYTES) {
    return {
      ok: false,
      reason: `"${file.name.slice(0, 80)}" is too large for a replay (${Math.round(file.size / 1000)} kB; the limit is ${MAX_REPLAY_BYTES / 1_000_000} MB)`,
    };
  }
  return readReplayText(await file.text());
}
