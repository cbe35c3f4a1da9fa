import { LIMITS, formatBytes, formatCount, utf8Length } from '../domain/limits/index.ts';
import type { SessionLog } from '../domain/session/log.ts';
import {
  MAX_REPLAY_BYTES,
  checkLog,
  isRecord,
  kindOf,
  parseUntrustedJson,
  type Checked,
} from './replay-file.ts';
import { NOTES_MAX, type AttemptRecord, type HistoryExport, type Store } from './store.ts';
import { checkContact, rescoreLog, type ContactRecord } from './stored-records.ts';

/**
 * The whole-history file (`exportHistory`, format "rapport-history") read back: untrusted, like a
 * replay file. The file is refused whole, touching nothing, when it breaks the limits (50 MB,
 * 1,000 attempts), is not JSON, carries prototype keys or is not a v1 history. Each attempt's log
 * is then checked like a replay file and re-run (a score in the file is never read); an attempt
 * that fails is refused with its reason and the rest are used. Merging adds no duplicates: an
 * attempt whose log is identical to one already stored counts once, and contacts merge.
 */

export const MAX_HISTORY_BYTES = LIMITS.historyBytes;
export const MAX_HISTORY_ATTEMPTS = LIMITS.historyAttempts;
/** A contact log has one entry per scenario; a history holding more than this is not one. */
export const MAX_HISTORY_CONTACTS = LIMITS.historyAttempts;

export interface HistoryAttempt {
  /** 1 for the file's first attempt. */
  number: number;
  log: SessionLog;
  finishedAt: string;
}

export interface Refusal {
  /** What was refused: "attempt 3", "contact 2 (Richard Smith)". */
  what: string;
  reason: string;
}

/** A history file checked: the attempts and contacts that can be used, and those refused. */
export interface ReadHistory {
  attempts: HistoryAttempt[];
  contacts: ContactRecord[];
  refused: Refusal[];
}

function versionProblem(version: unknown): string | null {
  if (version === 1) return null;
  if (typeof version === 'number') {
    return `it is a version ${String(version).slice(0, 12)} history; this Rapport reads version 1 (a newer Rapport may open it)`;
  }
  return version === undefined
    ? 'it has no "version" (a Rapport history says "version": 1)'
    : `its "version" is ${kindOf(version)}, but it should be the number 1`;
}

function listProblem(name: string, value: unknown, max: number, what: string): string | null {
  if (!Array.isArray(value)) {
    return value === undefined
      ? `it has no "${name}" list`
      : `its "${name}" should be a list, but it is ${kindOf(value)}`;
  }
  if (value.length > max) {
    return `it holds ${formatCount(value.length)} ${what}; a history holds at most ${formatCount(max)}`;
  }
  return null;
}

/** Checks a parsed history file. A problem with the file itself refuses it whole. */
export function readHistoryValue(raw: unknown): Checked<ReadHistory> {
  if (!isRecord(raw) || raw.format !== 'rapport-history') {
    return {
      ok: false,
      reason: 'it is not a Rapport history (a history says "format": "rapport-history")',
    };
  }
  const problem =
    versionProblem(raw.version) ??
    listProblem('attempts', raw.attempts, MAX_HISTORY_ATTEMPTS, 'attempts') ??
    (raw.contacts === undefined
      ? null
      : listProblem('contacts', raw.contacts, MAX_HISTORY_CONTACTS, 'contacts'));
  if (problem) return { ok: false, reason: problem };

  const read: ReadHistory = { attempts: [], contacts: [], refused: [] };
  (raw.attempts as unknown[]).forEach((attempt, i) => {
    const what = `attempt ${formatCount(i + 1)}`;
    if (!isRecord(attempt)) {
      read.refused.push({ what, reason: `it is ${kindOf(attempt)}, not an attempt` });
      return;
    }
    const log = checkLog(attempt.log);
    if (!log.ok) {
      read.refused.push({ what, reason: log.reason });
      return;
    }
    const bytes = utf8Length(JSON.stringify(attempt.log));
    if (bytes > MAX_REPLAY_BYTES) {
      read.refused.push({
        what,
        reason: `its log is ${formatBytes(bytes)}; a log is at most ${formatBytes(MAX_REPLAY_BYTES)}`,
      });
      return;
    }
    const { finishedAt } = attempt;
    if (
      typeof finishedAt !== 'string' ||
      finishedAt.length > 40 ||
      !Number.isFinite(Date.parse(finishedAt))
    ) {
      read.refused.push({ what, reason: 'its finishing date is not a date' });
      return;
    }
    read.attempts.push({ number: i + 1, log: log.log, finishedAt });
  });
  ((raw.contacts ?? []) as unknown[]).forEach((contact, i) => {
    const checked = checkContact(contact);
    if (checked.ok) read.contacts.push(checked.contact);
    else {
      const name =
        isRecord(contact) && typeof contact.name === 'string' && contact.name.length <= 80
          ? ` (${contact.name})`
          : '';
      read.refused.push({ what: `contact ${formatCount(i + 1)}${name}`, reason: checked.reason });
    }
  });
  return { ok: true, value: read };
}

export function readHistoryText(text: string): Checked<ReadHistory> {
  const parsed = parseUntrustedJson(text, MAX_HISTORY_BYTES, 'a Rapport history');
  return parsed.ok ? readHistoryValue(parsed.value) : parsed;
}

/** A file the progress page opens: a replay (one log) or a whole history. */
export type ImportFile =
  | { ok: true; kind: 'replay'; log: SessionLog }
  | { ok: true; kind: 'history'; history: ReadHistory }
  | { ok: false; reason: string };

/**
 * Reads a file the student chose, a replay or a history, telling them apart by their format.
 * A file over the larger limit is refused before it is read; a replay over its own limit once
 * it is known to be one.
 */
export async function readImportFile(file: File): Promise<ImportFile> {
  if (file.size > MAX_HISTORY_BYTES) {
    return {
      ok: false,
      reason: `the file is too large (${formatBytes(file.size)}); a history file is at most ${formatBytes(MAX_HISTORY_BYTES)} and a replay file at most ${formatBytes(MAX_REPLAY_BYTES)}`,
    };
  }
  return readImportText(await file.text(), file.size);
}

export function readImportText(text: string, size = text.length): ImportFile {
  const parsed = parseUntrustedJson(text, MAX_HISTORY_BYTES, 'a Rapport replay or history');
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (isRecord(raw) && raw.format === 'rapport-history') {
    const history = readHistoryValue(raw);
    return history.ok ? { ok: true, kind: 'history', history: history.value } : history;
  }
  if (size > MAX_REPLAY_BYTES) {
    return {
      ok: false,
      reason: `the file is too large for a replay (${formatBytes(size)}; the limit is ${formatBytes(MAX_REPLAY_BYTES)})`,
    };
  }
  const log = checkLog(raw);
  return log.ok ? { ok: true, kind: 'replay', log: log.log } : log;
}

/**
 * Canonical JSON (keys sorted, recursively): two logs are the same attempt when their canonical
 * texts are equal, whatever order their keys were written in.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function time(iso: string | null): number {
  const t = iso === null ? NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : -Infinity;
}

function mergeNotes(here: string, there: string): string {
  if (there === '' || here.includes(there)) return here;
  if (here === '' || there.includes(here)) return there;
  return `${here}\n\n${there}`.slice(0, NOTES_MAX);
}

/**
 * One contact from two logs of it: the people suggested in both (those already listed first),
 * the earlier first contact, the later last contact and thank-you (each with its simulated
 * moment), the larger count of conversations (a history imported twice must not double it), and
 * both sets of notes, the stored ones first.
 */
export function mergeContact(here: ContactRecord, there: ContactRecord): ContactRecord {
  const newer = time(there.lastContact) > time(here.lastContact) ? there : here;
  const earlier = time(there.firstContact) < time(here.firstContact) ? there : here;
  const thanked = time(there.thankedAt) > time(here.thankedAt) ? there : here;
  const referrals = [...here.referrals];
  for (const name of there.referrals) if (!referrals.includes(name)) referrals.push(name);
  const merged: ContactRecord = {
    id: here.id,
    name: newer.name,
    role: newer.role,
    organization: newer.organization,
    firstContact: earlier.firstContact,
    lastContact: newer.lastContact,
    conversations: Math.max(here.conversations, there.conversations),
    thankedAt: thanked.thankedAt,
    referrals: referrals.slice(0, 100),
    notes: mergeNotes(here.notes, there.notes),
  };
  if (here.simulated || there.simulated) {
    merged.simulated = {
      first: earlier.simulated?.first ?? null,
      last: newer.simulated?.last ?? null,
      thanked: thanked.simulated?.thanked ?? null,
    };
  }
  return merged;
}

/** The bytes `download` writes for a value `depth` levels down in a pretty-printed document. */
function prettyBytes(value: unknown, depth: number): number {
  const json = JSON.stringify(value, null, 2);
  let lines = 1;
  for (let i = json.indexOf('\n'); i >= 0; i = json.indexOf('\n', i + 1)) lines += 1;
  return utf8Length(json) + lines * 2 * depth + 2;
}

/** Room kept in each file for its header and the brackets around the attempts. */
const FILE_OVERHEAD = 10_000;

/**
 * A history as the files it is downloaded in: one, unless it holds more than a history file may
 * (1,000 attempts or 50 MB as `download` writes it), so that every file it is saved in opens
 * again. The contacts go in the first file; each file is a whole history on its own.
 */
export function historyFiles(
  history: HistoryExport,
  limits: { bytes: number; attempts: number } = {
    bytes: MAX_HISTORY_BYTES,
    attempts: MAX_HISTORY_ATTEMPTS,
  },
): HistoryExport[] {
  const files: HistoryExport[] = [];
  const budget = limits.bytes - FILE_OVERHEAD;
  let current: HistoryExport = { ...history, attempts: [] };
  let bytes = prettyBytes(history.contacts, 1);
  for (const attempt of history.attempts) {
    const size = prettyBytes(attempt, 2);
    const full = current.attempts.length >= limits.attempts || bytes + size > budget;
    if (full && current.attempts.length > 0) {
      files.push(current);
      current = { ...history, attempts: [], contacts: [] };
      bytes = 0;
    }
    current.attempts.push(attempt);
    bytes += size;
  }
  files.push(current);
  return files;
}

/** What an import did, for the sentence the page shows. */
export interface ImportSummary {
  added: number;
  already: number;
  refused: Refusal[];
  contactsAdded: number;
  contactsUpdated: number;
  /** Set when the browser stopped saving part-way: what was saved before stays. */
  failed: string | null;
}

/**
 * Merges a checked history into the store. Everything is decided first (each new attempt re-run,
 * each contact merged); only then is anything written. `onProgress` hears how many attempts
 * have been checked.
 */
export async function importHistory(
  store: Store,
  history: ReadHistory,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    added: 0,
    already: 0,
    refused: [...history.refused],
    contactsAdded: 0,
    contactsUpdated: 0,
    failed: null,
  };
  const known = new Set((await store.listAttempts()).map((a) => canonical(a.log)));
  const toAdd: AttemptRecord[] = [];
  for (const [done, attempt] of history.attempts.entries()) {
    const key = canonical(attempt.log);
    if (known.has(key)) {
      summary.already += 1;
      continue;
    }
    const result = await rescoreLog(attempt.log);
    onProgress?.(done + 1, history.attempts.length);
    if (!result.ok) {
      summary.refused.push({
        what: `attempt ${formatCount(attempt.number)}`,
        reason: result.reason,
      });
      continue;
    }
    known.add(key);
    toAdd.push({
      scenario: attempt.log.scenario.id,
      title: result.title,
      finishedAt: attempt.finishedAt,
      log: attempt.log,
      score: result.score,
      passed: result.passed,
      pitfalls: result.pitfalls,
    });
  }

  const stored = new Map((await store.listContacts()).map((c) => [c.id, c as ContactRecord]));
  const toPut = new Map<string, { contact: ContactRecord; isNew: boolean }>();
  for (const contact of history.contacts) {
    const before = toPut.get(contact.id)?.contact ?? stored.get(contact.id);
    const merged = before ? mergeContact(before, contact) : contact;
    if (before && canonical(merged) === canonical(before)) continue;
    toPut.set(contact.id, { contact: merged, isNew: !stored.has(contact.id) });
  }

  try {
    for (const record of toAdd) {
      await store.addAttempt(record);
      summary.added += 1;
    }
    for (const { contact, isNew } of toPut.values()) {
      await store.putContact(contact);
      if (isNew) summary.contactsAdded += 1;
      else summary.contactsUpdated += 1;
    }
  } catch (error) {
    summary.failed =
      error instanceof Error && error.message ? error.message : 'the browser refused';
  }
  return summary;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * The sentence the page shows after an import: "12 attempts added, 3 already here, 1 refused",
 * then the contacts, then, if saving stopped, why. Each refusal's reason is listed apart.
 */
export function describeImport(summary: ImportSummary): string {
  const parts = [
    `${plural(summary.added, 'attempt')} added`,
    `${formatCount(summary.already)} already here`,
  ];
  const refusedAttempts = summary.refused.filter((r) => r.what.startsWith('attempt')).length;
  if (refusedAttempts > 0) {
    const only = summary.refused.length === 1 ? summary.refused[0] : undefined;
    parts.push(
      `${formatCount(refusedAttempts)} refused${only ? ` (${only.what}: ${only.reason})` : ''}`,
    );
  }
  let text = parts.join(', ');
  const contacts: string[] = [];
  if (summary.contactsAdded > 0) contacts.push(`${plural(summary.contactsAdded, 'contact')} added`);
  if (summary.contactsUpdated > 0) {
    contacts.push(`${plural(summary.contactsUpdated, 'contact')} brought up to date`);
  }
  const refusedContacts = summary.refused.length - refusedAttempts;
  if (refusedContacts > 0) contacts.push(`${plural(refusedContacts, 'contact')} refused`);
  if (contacts.length > 0) text += `; ${contacts.join(', ')}`;
  text += '.';
  if (summary.failed) {
    text += ` The browser stopped saving part-way (${summary.failed.slice(0, 200)}); what is counted as added was saved.`;
  }
  return text;
}
