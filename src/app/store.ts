import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assignment } from '../domain/instructor/assignment.ts';
import type { SessionLog } from '../domain/session/log.ts';
import { keepStoredAttempt, keepStoredAttempts, keepStoredContacts } from './stored-records.ts';

/**
 * The browser's persistence: finished attempts, the sessions in progress (one per session key), and the
 * student's contact log, kept in IndexedDB. Everything stored is plain JSON data, so what is kept
 * is exactly what `exportHistory` hands out.
 */

const DB_NAME = 'rapport';
/**
 * 1: attempts, progress (keyed by scenario), contacts. 2: progress keyed by session key.
 * 3: assigned attempts, enrolments (the name a student gave an assignment), the class dashboard's
 * files.
 */
const DB_VERSION = 3;
/** How long opening the database may take before the app carries on without saving. */
export const OPEN_TIMEOUT_MS = 4000;

/** The longest a contact's notes may be, in UTF-16 code units (what a textarea's maxlength counts). */
export const NOTES_MAX = 5000;

export interface AttemptRecord {
  id?: number;
  scenario: string;
  title: string;
  /** ISO time from the real clock, display only. */
  finishedAt: string;
  log: SessionLog;
  score: number;
  passed: boolean;
  /** Pitfall ids, in report order. */
  pitfalls: string[];
}

/** An attempt as the store returns it: it always has its id. */
export type SavedAttempt = AttemptRecord & { id: number };

/** What the student has typed or arranged but not yet sent: it comes back after a reload. */
export interface Drafts {
  said: string;
  subject: string;
  body: string;
  /** How the composer sends after the conversation. */
  medium?: 'email' | 'note';
  /** The question list as it stands in the panel, saved or not, in order. */
  questions?: string[];
  /** The resume decision beside the list. */
  bringResume?: boolean;
}

/**
 * The session in progress under one key (see `sessionKey`), enough for a reload to resume
 * exactly.
 */
export interface InProgress {
  /** The scenario id, or the scenario and the fixed seed or assignment it was opened with. */
  key: string;
  scenario: string;
  hash: string;
  seed: number;
  mode: 'practice' | 'assessed';
  /** The accepted actions, raw, in order. */
  actions: unknown[];
  savedAt: string;
  /** The page that holds the session: only it may write, so two tabs never overwrite each other. */
  owner?: string;
  /** What the student had typed but not yet sent. */
  drafts?: Drafts;
  /** ISO time of the first action (the wall clock, display only): an assignment's attempt start. */
  startedAt?: string;
}

/**
 * One attempt at an assignment's scenario, finished or ended by "Start over": what a result file
 * holds of it. Kept apart from the student's own attempts (a finished one is in both).
 */
export interface AssignedAttempt {
  id?: number;
  /** The assignment's id (`sha256:…`). */
  assignment: string;
  /** The student's key (`studentKey` of the name). */
  student: string;
  scenario: string;
  log: SessionLog;
  mode: 'practice' | 'assessed';
  finished: boolean;
  startedAt: string | null;
  finishedAt: string | null;
}

/** The name a student gave when they opened an assignment link, with the assignment itself. */
export interface Enrolment {
  /** The assignment's id. */
  id: string;
  assignment: Assignment;
  name: string;
  /** ISO time it was opened (display only). */
  openedAt: string;
}

/** A result file kept by the class dashboard, as dropped (its text is re-read on every opening). */
export interface ClassFile {
  id?: number;
  /** The file's name, or the zip's and the entry's: "week3.zip/kira.json". */
  name: string;
  text: string;
  /** ISO time it was added (display only). */
  addedAt: string;
}

/** What a conditional save did: written, or refused because another page holds the session. */
export type SaveResult = 'saved' | 'taken';

/** One entry of the student's contact log, kept across sessions. */
export interface ContactEntry {
  /** The scenario id the contact belongs to. */
  id: string;
  name: string;
  role: string;
  organization: string;
  firstContact: string;
  /** ISO time. */
  lastContact: string;
  conversations: number;
  thankedAt: string | null;
  /** Names the contact suggested. */
  referrals: string[];
  /** The student's own notes, free text, at most NOTES_MAX characters. */
  notes: string;
}

export interface HistoryExport {
  format: 'rapport-history';
  version: 1;
  exportedAt: string;
  attempts: SavedAttempt[];
  contacts: ContactEntry[];
}

export interface ScenarioProgress<A extends AttemptRecord = AttemptRecord> {
  scenario: string;
  /** The title of the latest attempt: a scenario renamed since keeps its current name. */
  title: string;
  count: number;
  first: A;
  /** The highest score; of equal scores, the earliest attempt. */
  best: A;
  latest: A;
  passedAny: boolean;
}

interface RapportDB extends DBSchema {
  attempts: { key: number; value: SavedAttempt; indexes: { scenario: string } };
  sessions: { key: string; value: InProgress };
  contacts: { key: string; value: ContactEntry };
  assigned: {
    key: number;
    value: AssignedAttempt & { id: number };
    indexes: { assignment: string };
  };
  enrolments: { key: string; value: Enrolment };
  classFiles: { key: number; value: ClassFile & { id: number } };
}

export interface Store {
  /** Saves a finished attempt under a new id (any id it carries is ignored) and returns the id. */
  addAttempt(attempt: AttemptRecord): Promise<number>;
  /** All attempts, or one scenario's, oldest first (by id). */
  listAttempts(scenario?: string): Promise<SavedAttempt[]>;
  getAttempt(id: number): Promise<SavedAttempt | undefined>;
  deleteAttempt(id: number): Promise<void>;
  clearAttempts(): Promise<void>;
  /** Replaces the session in progress under `progress.key`. */
  saveProgress(progress: InProgress): Promise<void>;
  /**
   * Replaces the session in progress under `progress.key` only if no other page holds it (its
   * `owner` is this one's, or it has none): the check and the write are one transaction, so two
   * tabs acting in the same instant cannot both pass it.
   */
  saveProgressAs(progress: InProgress & { owner: string }): Promise<SaveResult>;
  /**
   * Makes `owner` the page that holds the session under `key`, in one transaction, and returns
   * the session as it stood (a page taking over reads what the other page last saved).
   */
  claimProgress(key: string, owner: string): Promise<InProgress | undefined>;
  loadProgress(key: string): Promise<InProgress | undefined>;
  /** Forgets the session under `key`; with `owner`, only while that page holds it. */
  clearProgress(key: string, owner?: string): Promise<void>;
  /** Forgets every session in progress. */
  clearAllProgress(): Promise<void>;
  getContact(id: string): Promise<ContactEntry | undefined>;
  /** Saves a contact, its notes cut to NOTES_MAX characters, and returns what was saved. */
  putContact(contact: ContactEntry): Promise<ContactEntry>;
  /** All contacts, most recently contacted first. */
  listContacts(): Promise<ContactEntry[]>;
  deleteContact(id: string): Promise<void>;
  /** Keeps an assigned attempt (finished, or ended by "Start over") and returns its id. */
  addAssigned(attempt: AssignedAttempt): Promise<number>;
  /** One student's attempts at one assignment, oldest first. */
  listAssigned(assignment: string, student: string): Promise<(AssignedAttempt & { id: number })[]>;
  getEnrolment(id: string): Promise<Enrolment | undefined>;
  putEnrolment(enrolment: Enrolment): Promise<void>;
  /** Every assignment opened in this browser, the latest first. */
  listEnrolments(): Promise<Enrolment[]>;
  /** Adds files to the class dashboard, in one transaction; returns their ids in order. */
  addClassFiles(files: readonly ClassFile[]): Promise<number[]>;
  listClassFiles(): Promise<(ClassFile & { id: number })[]>;
  getClassFile(id: number): Promise<(ClassFile & { id: number }) | undefined>;
  /** Forgets the class (the instructor deletes it). */
  clearClassFiles(): Promise<void>;
  /** Every attempt and contact as one JSON-able object, for the student to keep. */
  exportHistory(now?: Date): Promise<HistoryExport>;
  close(): void;
}

/** Class files a store asks to add in one go (`addClassFiles`). */
const ADD_AT_ONCE = 50;

/** Why the store could not open, in words a student can act on; `cause` keeps the browser's error. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

const REFUSED =
  'This browser is not letting Rapport save (private browsing may block it); your attempts will not be kept after you close the page.';
const BLOCKED =
  'Rapport is open in another tab with an older version, so this page cannot save; close the other Rapport tabs and reload this page.';
const NEWER =
  'A newer Rapport has saved in this browser, so this older page cannot read its data; reload the page to get the newer version.';
const FULL =
  'This browser has no room left for Rapport to save; free some disk space or clear other sites’ data, then reload the page.';
const SILENT =
  'This browser’s storage did not answer, so Rapport carries on without saving; reload the page to try again.';

/** A failed write in words a student can act on: the browser's reason, or what it means. */
export function describeSaveError(cause: unknown): string {
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
  if (name === 'QuotaExceededError') return FULL;
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return 'The connection to this browser’s storage was closed (another Rapport tab may have updated it); reload the page to save again.';
  }
  const message = cause instanceof Error ? cause.message.trim() : '';
  return message
    ? `This browser refused to save (${message.slice(0, 200)}).`
    : 'This browser refused to save, without saying why.';
}

function unavailable(cause: unknown): StoreUnavailableError {
  const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
  const message = name === 'VersionError' ? NEWER : name === 'QuotaExceededError' ? FULL : REFUSED;
  return new StoreUnavailableError(message, { cause });
}

/**
 * Opens (creating on first use) Rapport's database. `factory` lets tests pass fake-indexeddb's;
 * by default it is the browser's `indexedDB`. Rejects with a StoreUnavailableError whose message a
 * student can read when IndexedDB is missing, refused, blocked by another tab, or newer than this
 * page. The connection closes itself when a newer Rapport in another tab needs to upgrade.
 */
export async function openStore(
  factory?: IDBFactory,
  timeoutMs: number = OPEN_TIMEOUT_MS,
): Promise<Store> {
  const raw = await openDatabase(factory ?? defaultFactory(), timeoutMs);
  raw.addEventListener('versionchange', () => raw.close());
  return storeOver(wrap(raw) as unknown as IDBPDatabase<RapportDB>);
}

function defaultFactory(): IDBFactory | undefined {
  try {
    const found: IDBFactory | undefined = globalThis.indexedDB;
    return found;
  } catch {
    // Some browsers throw a SecurityError on merely reading `indexedDB` when storage is disabled.
    return undefined;
  }
}

/** idb's openDB always reads the global `indexedDB`, so the open request is made here. */
function openDatabase(factory: IDBFactory | undefined, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StoreUnavailableError(REFUSED));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(unavailable(error));
      return;
    }
    let settled = false;
    // Some browsers (Safari, seen) leave an open request unsettled for good: give up after a
    // while, so the page carries on without saving instead of waiting forever.
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new StoreUnavailableError(SILENT));
    }, timeoutMs);
    const settle = () => {
      settled = true;
      clearTimeout(timer);
    };
    request.addEventListener('upgradeneeded', (event) => {
      upgrade(request.result, event.oldVersion, request.transaction);
    });
    request.addEventListener('success', () => {
      if (settled) {
        // Opened only after we gave up waiting on another tab: nobody holds this connection.
        request.result.close();
        return;
      }
      settle();
      resolve(request.result);
    });
    request.addEventListener('error', () => {
      if (settled) return;
      settle();
      reject(unavailable(request.error));
    });
    request.addEventListener('blocked', () => {
      if (settled) return;
      settle();
      reject(new StoreUnavailableError(BLOCKED));
    });
  });
}

function upgrade(database: IDBDatabase, oldVersion: number, tx: IDBTransaction | null): void {
  if (oldVersion < 1) {
    const attempts = database.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
    attempts.createIndex('scenario', 'scenario');
    database.createObjectStore('contacts', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    const sessions = database.createObjectStore('sessions', { keyPath: 'key' });
    // Version 1 kept one session per scenario, keyed by the scenario id: it becomes that key.
    if (oldVersion >= 1 && tx && database.objectStoreNames.contains('progress')) {
      const read = tx.objectStore('progress').getAll();
      read.addEventListener('success', () => {
        for (const old of read.result as Omit<InProgress, 'key'>[]) {
          if (old && typeof old.scenario === 'string') sessions.put({ ...old, key: old.scenario });
        }
        database.deleteObjectStore('progress');
      });
    }
  }
  if (oldVersion < 3) {
    const assigned = database.createObjectStore('assigned', { keyPath: 'id', autoIncrement: true });
    assigned.createIndex('assignment', 'assignment');
    database.createObjectStore('enrolments', { keyPath: 'id' });
    database.createObjectStore('classFiles', { keyPath: 'id', autoIncrement: true });
  }
}

/**
 * A JSON copy: what is stored is what an export would write, and Svelte's `$state` proxies, which
 * IndexedDB cannot clone, are saved as their plain values.
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function truncateNotes(notes: string): string {
  if (notes.length <= NOTES_MAX) return notes;
  const cut = notes.slice(0, NOTES_MAX);
  const last = cut.charCodeAt(cut.length - 1);
  // Never keep half of a surrogate pair (an emoji cut in two).
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function byId(a: SavedAttempt, b: SavedAttempt): number {
  return a.id - b.id;
}

function contactTime(contact: ContactEntry): number {
  const time = Date.parse(contact.lastContact);
  return Number.isNaN(time) ? -Infinity : time;
}

/** Most recent first; unreadable dates last; equal times by id, so the order is stable. */
function byLastContactDescending(a: ContactEntry, b: ContactEntry): number {
  const ta = contactTime(a);
  const tb = contactTime(b);
  if (ta !== tb) return ta < tb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function storeOver(db: IDBPDatabase<RapportDB>): Store {
  return {
    async addAttempt(attempt) {
      const { id: _ignored, ...record } = plain(attempt);
      // The id is filled in by the store's key generator.
      return db.add('attempts', record as SavedAttempt);
    },
    async listAttempts(scenario) {
      const found =
        scenario === undefined
          ? await db.getAll('attempts')
          : await db.getAllFromIndex('attempts', 'scenario', scenario);
      // What comes back is checked like an imported file; a damaged record is noted, not returned.
      return keepStoredAttempts(found, scenario === undefined).sort(byId);
    },
    async getAttempt(id) {
      return keepStoredAttempt(await db.get('attempts', id), id);
    },
    async deleteAttempt(id) {
      await db.delete('attempts', id);
    },
    async clearAttempts() {
      await db.clear('attempts');
    },
    async saveProgress(progress) {
      await db.put('sessions', plain(progress));
    },
    async saveProgressAs(progress) {
      const record = plain(progress);
      const tx = db.transaction('sessions', 'readwrite');
      const existing = await tx.store.get(record.key);
      if (existing?.owner !== undefined && existing.owner !== record.owner) {
        await tx.done;
        return 'taken';
      }
      await Promise.all([tx.store.put(record), tx.done]);
      return 'saved';
    },
    async claimProgress(key, owner) {
      const tx = db.transaction('sessions', 'readwrite');
      const existing = await tx.store.get(key);
      if (existing) await tx.store.put({ ...existing, owner });
      await tx.done;
      return existing;
    },
    async loadProgress(key) {
      return db.get('sessions', key);
    },
    async clearProgress(key, owner) {
      const tx = db.transaction('sessions', 'readwrite');
      const existing = await tx.store.get(key);
      if (
        existing &&
        (owner === undefined || existing.owner === undefined || existing.owner === owner)
      ) {
        await tx.store.delete(key);
      }
      await tx.done;
    },
    async clearAllProgress() {
      await db.clear('sessions');
    },
    async getContact(id) {
      return db.get('contacts', id);
    },
    async putContact(contact) {
      const saved = plain({ ...contact, notes: truncateNotes(contact.notes) });
      await db.put('contacts', saved);
      return saved;
    },
    async listContacts() {
      return keepStoredContacts(await db.getAll('contacts')).sort(byLastContactDescending);
    },
    async deleteContact(id) {
      await db.delete('contacts', id);
    },
    async exportHistory(now = new Date()) {
      // One transaction, so the attempts and contacts are from the same moment.
      const tx = db.transaction(['attempts', 'contacts'], 'readonly');
      const [attempts, contacts] = await Promise.all([
        tx.objectStore('attempts').getAll(),
        tx.objectStore('contacts').getAll(),
        tx.done,
      ]);
      return {
        format: 'rapport-history',
        version: 1,
        exportedAt: now.toISOString(),
        // Only records that pass the checks an import makes, so the file always opens again.
        attempts: keepStoredAttempts(attempts, true).sort(byId),
        contacts: keepStoredContacts(contacts).sort(byLastContactDescending),
      };
    },
    async addAssigned(attempt) {
      const { id: _ignored, ...record } = plain(attempt);
      return db.add('assigned', record as AssignedAttempt & { id: number });
    },
    async listAssigned(assignment, student) {
      const found = await db.getAllFromIndex('assigned', 'assignment', assignment);
      return found.filter((a) => a.student === student).sort((a, b) => a.id - b.id);
    },
    async getEnrolment(id) {
      return db.get('enrolments', id);
    },
    async putEnrolment(enrolment) {
      await db.put('enrolments', plain(enrolment));
    },
    async listEnrolments() {
      return (await db.getAll('enrolments')).sort((a, b) =>
        a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0,
      );
    },
    async addClassFiles(files) {
      const tx = db.transaction('classFiles', 'readwrite');
      // The files are asked for fifty at a time, not each after the last is written (a thousand
      // files in turn wait a thousand times for the store), nor all in one go (copying a thousand
      // into the store holds the page for a quarter of a second): between two lots the page has
      // its turn, and the transaction stays open, since its requests are still being answered.
      const ids: number[] = [];
      // A failed add aborts the whole transaction; the add's own error is the one thrown.
      tx.done.catch(() => undefined);
      for (let from = 0; from < files.length; from += ADD_AT_ONCE) {
        const lot = files.slice(from, from + ADD_AT_ONCE).map((file) => {
          const { id: _ignored, ...record } = plain(file);
          return tx.store.add(record as ClassFile & { id: number });
        });
        ids.push(...(await Promise.all(lot)));
      }
      await tx.done;
      return ids;
    },
    async listClassFiles() {
      return (await db.getAll('classFiles')).sort((a, b) => a.id - b.id);
    },
    async getClassFile(id) {
      return db.get('classFiles', id);
    },
    async clearClassFiles() {
      await db.clear('classFiles');
    },
    close() {
      db.close();
    },
  };
}

/**
 * Each scenario's progress, in the order the scenarios were first attempted. Attempts are taken
 * oldest first by id (attempts without an id, not yet saved, after those with one, in the given
 * order), so `first`, `latest` and the tie-break of `best` do not depend on the input's order.
 */
export function progressOf<A extends AttemptRecord>(attempts: readonly A[]): ScenarioProgress<A>[] {
  const ordered = attempts
    .map((attempt, position) => ({ attempt, position }))
    .sort(
      (a, b) => (a.attempt.id ?? Infinity) - (b.attempt.id ?? Infinity) || a.position - b.position,
    )
    .map(({ attempt }) => attempt);
  const byScenario = new Map<string, ScenarioProgress<A>>();
  for (const attempt of ordered) {
    const progress = byScenario.get(attempt.scenario);
    if (!progress) {
      byScenario.set(attempt.scenario, {
        scenario: attempt.scenario,
        title: attempt.title,
        count: 1,
        first: attempt,
        best: attempt,
        latest: attempt,
        passedAny: attempt.passed,
      });
      continue;
    }
    progress.title = attempt.title;
    progress.count += 1;
    if (attempt.score > progress.best.score) progress.best = attempt;
    progress.latest = attempt;
    progress.passedAny ||= attempt.passed;
  }
  return [...byScenario.values()];
}
