import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  assignedSessionKey,
  attemptsUsed,
  checkVersion,
  resultFileName,
  resultFileOf,
  withId,
} from '../../src/app/assigned.ts';
import { classCsv } from '../../src/app/class-csv.ts';
import {
  StoredIds,
  combineTables,
  groupFiles,
  rescoreClass,
  shareGroups,
} from '../../src/app/class-run.ts';
import { classTable, type KnownScenario } from '../../src/app/class-table.ts';
import { readResultText, type ResultFile } from '../../src/app/result-file.ts';
import { parseRoute } from '../../src/app/router.svelte.ts';
import { openStore, type AssignedAttempt, type InProgress } from '../../src/app/store.ts';
import { readZip } from '../../src/app/zip-read.ts';
import {
  assignmentPayload,
  seedFor,
  studentKey,
  type Assignment,
} from '../../src/domain/instructor/assignment.ts';
import { LIMITS } from '../../src/domain/limits/index.ts';
import { playInputs } from '../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../helpers.ts';

/** The student's side of an assignment, the dashboard's reading of the files, and the routes. */
const { scenario, hash } = loadScenario('pr-phone-referral');
const known = (id: string): KnownScenario | undefined =>
  id === 'pr-phone-referral' ? { scenario, hash, earlier: [] } : undefined;
const inputsOf = (name: string) =>
  JSON.parse(
    readFileSync(join(ROOT, `tests/golden/pr-phone-referral.${name}.inputs.json`), 'utf8'),
  ) as {
    seed: number;
    actions: unknown[];
  };
const logAt = (name: string, seed: number) =>
  playInputs(scenario, hash, seed, inputsOf(name).actions).log;

const assignment: Assignment = {
  format: 'rapport-assignment',
  version: 1,
  title: 'Workshop 3: the referral call',
  scenarios: [{ id: 'pr-phone-referral', hash }],
  mode: 'assessed',
  seed: 11,
  attempts: 2,
};
const assigned = withId(assignment);

const kept = (log = logAt('good', 11), finished = true): AssignedAttempt => ({
  assignment: assigned.id,
  student: 'kira jones',
  scenario: 'pr-phone-referral',
  log,
  mode: 'assessed',
  finished,
  startedAt: '2027-02-10T14:02:11.000Z',
  finishedAt: finished ? '2027-02-10T14:31:40.000Z' : null,
});

describe('the result file a student downloads', () => {
  it('holds the assignment with its id, the name, every kept attempt and the one under way', () => {
    const progressLog = logAt('monologue', 11);
    const progress: InProgress = {
      key: assignedSessionKey('pr-phone-referral', assigned.id, 'kira jones'),
      scenario: 'pr-phone-referral',
      hash,
      seed: 11,
      mode: 'assessed',
      actions: progressLog.actions,
      savedAt: '2027-02-10T15:00:00.000Z',
      startedAt: '2027-02-10T14:50:00.000Z',
    };
    const file = resultFileOf(assigned, 'Kira Jones', [kept()], [progress]);
    const read = readResultText(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.assignment.id).toBe(assigned.id);
    expect(read.file.student.name).toBe('Kira Jones');
    expect(read.file.attempts.map((a) => [a.finished, a.startedAt])).toEqual([
      [true, '2027-02-10T14:02:11.000Z'],
      [false, '2027-02-10T14:50:00.000Z'],
    ]);
    expect(read.file.attempts.every((a) => a.log.student === 'Kira Jones')).toBe(true);
    // and it re-scores as the class table counts it: two attempts as assigned
    const table = classTable([read.file], known);
    expect(table.refused).toEqual([]);
    expect(table.rows[0]?.attempts).toBe(2);
  });

  it('leaves out a session with no action yet, and names the file after the assignment and the student', () => {
    const empty: InProgress = {
      key: 'k',
      scenario: 'pr-phone-referral',
      hash,
      seed: 11,
      mode: 'assessed',
      actions: [],
      savedAt: '2027-02-10T15:00:00.000Z',
    };
    expect(resultFileOf(assigned, 'Kira', [], [empty]).attempts).toEqual([]);
    expect(resultFileName(assignment, 'José  Álvarez <b>')).toBe(
      'rapport-result-workshop-3-the-referral-call-jose-alvarez-b.json',
    );
    expect(attemptsUsed([kept(), kept()], 'pr-phone-referral', empty)).toBe(2);
    expect(attemptsUsed([kept()], 'pr-phone-referral', { ...empty, actions: [{}] })).toBe(2);
  });

  it('keeps each student of one browser apart, and apart from their own practice', () => {
    const a = assignedSessionKey('pr-phone-referral', assigned.id, studentKey('Kira Jones'));
    const b = assignedSessionKey('pr-phone-referral', assigned.id, studentKey('Emma Nguyen'));
    expect(a).not.toBe(b);
    expect(a).not.toBe('pr-phone-referral');
    expect(assignedSessionKey('pr-phone-referral', assigned.id, studentKey('  KIRA  jones'))).toBe(
      a,
    );
  });

  it('says when the link was made against another version than this Rapport has', () => {
    const target = { id: 'x', hash: 'sha256:old' };
    expect(checkVersion(target, { hash: 'sha256:old' }).state).toBe('current');
    expect(checkVersion(target, { hash: 'sha256:new', earlier: ['sha256:old'] }).state).toBe(
      'older',
    );
    expect(checkVersion(target, { hash: 'sha256:new' }).state).toBe('other');
    expect(checkVersion(target, null).state).toBe('missing');
  });
});

describe('the routes of the instructor and the assignment', () => {
  it('reads the assignment link, its scenarios and the class pages', () => {
    const payload = assignmentPayload(assignment);
    expect(parseRoute(`#/assign/${payload}`)).toEqual({ name: 'assign', payload, play: null });
    expect(parseRoute(`#/assign/${payload}/play/0`)).toEqual({ name: 'assign', payload, play: 0 });
    expect(parseRoute('#/instructor')).toEqual({ name: 'instructor' });
    expect(parseRoute('#/class')).toEqual({ name: 'class' });
    expect(parseRoute('#/class/replay/3/2')).toEqual({
      name: 'class-attempt',
      view: 'replay',
      file: 3,
      attempt: 2,
    });
    expect(parseRoute('#/assign/<script>').name).toBe('missing');
    expect(parseRoute(`#/assign/${'a'.repeat(20_001)}`).name).toBe('missing');
  });
});

describe('the store of assignments and of the class', () => {
  it('keeps assigned attempts per student, the name given, and the class files until deleted', async () => {
    const store = await openStore(new IDBFactory());
    await store.addAssigned(kept());
    await store.addAssigned({ ...kept(), student: 'emma nguyen' });
    await store.addAssigned(kept(logAt('overrun', 11), false));
    const mine = await store.listAssigned(assigned.id, 'kira jones');
    expect(mine.map((a) => a.finished)).toEqual([true, false]);
    expect(await store.listAssigned('sha256:other', 'kira jones')).toEqual([]);
    await store.putEnrolment({
      id: assigned.id,
      assignment,
      name: 'Kira Jones',
      openedAt: '2027-02-10T14:00:00.000Z',
    });
    expect((await store.getEnrolment(assigned.id))?.name).toBe('Kira Jones');
    await store.putEnrolment({
      id: 'sha256:later',
      assignment,
      name: 'Kira Jones',
      openedAt: '2027-02-11T09:00:00.000Z',
    });
    expect((await store.listEnrolments()).map((e) => e.id)).toEqual(['sha256:later', assigned.id]);
    const ids = await store.addClassFiles([
      { name: 'a.json', text: '{}', addedAt: 'x' },
      { name: 'b.json', text: '[]', addedAt: 'x' },
    ]);
    expect((await store.listClassFiles()).map((f) => f.id)).toEqual(ids);
    expect((await store.getClassFile(ids[1] as number))?.name).toBe('b.json');
    await store.clearClassFiles();
    expect(await store.listClassFiles()).toEqual([]);
    store.close();
  });
});

describe('the dashboard’s re-scoring', () => {
  const fileFor = (name: string, logs: string[]): ResultFile => {
    const read = readResultText(
      JSON.stringify(
        resultFileOf(
          assigned,
          name,
          logs.map((l) => kept(logAt(l, 11))),
        ),
      ),
    );
    if (!read.ok) throw new Error(read.reason);
    return read.file;
  };
  const files = [
    fileFor('Tom Becker', ['good']),
    fileFor('Kira Jones', ['job-request']),
    fileFor('  kira JONES', ['good', 'job-request']),
    fileFor('=cmd|calc', ['overrun']),
    fileFor('Aaron Kim', ['monologue', 'good', 'overrun']),
  ];

  it('groups, shares and puts back together exactly the table one classTable call gives', async () => {
    const whole = classTable(files, known, 'latest');
    const groups = groupFiles(files);
    expect(groups.map((g) => g.length)).toEqual([1, 2, 1, 1]);
    const shares = shareGroups(groups, 2);
    expect(shares.flat().sort()).toEqual([0, 1, 2, 3]);
    const parts = groups.map((g) => classTable(g, known, 'latest'));
    expect(combineTables(parts)).toEqual(whole);
    // in the page's thread when there are no workers
    let last = 0;
    const run = await rescoreClass(files, 'latest', (done) => (last = done), null);
    expect(run).toEqual(whole);
    expect(last).toBe(8);
  });

  it('puts the attempts re-scored before the store kept their files under the ids it gave them', () => {
    // the dashboard re-scores first, under ids of the page only (negative), and stores after
    const pageIds = files.map((f, i) => ({
      ...f,
      attempts: f.attempts.map((a) => ({ ...a, source: String(-(i + 1)) })),
    }));
    const table = classTable(pageIds, known, 'latest');
    const ids = new StoredIds();
    expect(ids.apply(table)).toBe(table);
    for (let i = 0; i < files.length - 1; i += 1) ids.add(-(i + 1), 100 + i);
    const stored = ids.apply(table);
    const sources = (t: typeof table) => t.rows.map((r) => r.countedFrom?.source);
    expect(sources(table).every((s) => Number(s) < 0)).toBe(true);
    // every file kept but the last, which stays under its page id
    expect(sources(stored)).toEqual(
      sources(table).map((s) => (s === String(-files.length) ? s : String(100 - Number(s) - 1))),
    );
    expect(stored.rows.map((r) => r.best)).toEqual(table.rows.map((r) => r.best));
    expect(ids.idOf(-1)).toBe(100);
    expect(ids.idOf(-files.length)).toBe(-files.length);
    expect(ids.idOf(7)).toBe(7);
  });

  it('exports CSV that reads back as the table, numbers as numbers, formulas defused', () => {
    const table = classTable(files, known);
    const rows = parse(classCsv(table.rows), { columns: true, cast: true }) as Record<
      string,
      unknown
    >[];
    expect(rows.map((r) => r.name)).toEqual(
      table.rows.map((r) => (r.name.startsWith('=') ? `'${r.name}` : r.name)),
    );
    expect(rows.find((r) => r.name === 'Aaron Kim')?.attempts).toBe(2);
    expect(typeof rows[0]?.best).toBe('number');
    expect(rows.find((r) => r.name === "'=cmd|calc")).toBeDefined();
  });
});

describe('a zip dropped on the dashboard', () => {
  const text = JSON.stringify({ hello: 'x' });
  it('yields its JSON files and names what it does not read', () => {
    const zip = zipSync({
      'class/a.json': strToU8(text),
      'class/b.json': strToU8(text),
      'notes.txt': strToU8('hi'),
      'inner.zip': zipSync({ 'c.json': strToU8(text) }),
      '__MACOSX/class/._a.json': strToU8('x'),
    });
    const read = readZip(zip, 'week3.zip');
    expect(read.problem).toBeNull();
    expect(read.files.map((f) => f.name)).toEqual([
      'week3.zip/class/a.json',
      'week3.zip/class/b.json',
    ]);
    expect(read.refused).toEqual([
      { name: 'week3.zip/inner.zip', reason: 'a zip inside a zip is not read; drop it on its own' },
    ]);
  });

  it('refuses what is not a zip, and stops at the entries limit', () => {
    expect(readZip(strToU8('not a zip at all'), 'x.zip').problem).toMatch(/not a zip/);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= LIMITS.zipEntries; i += 1) many[`f${i}.json`] = strToU8('{}');
    const read = readZip(zipSync(many, { level: 0 }), 'many.zip');
    expect(read.files).toHaveLength(LIMITS.zipEntries);
    expect(read.refused.at(-1)?.reason).toMatch(/more than 1,000 entries/);
  });

  it('counts the bytes it inflates, not the sizes the zip states', () => {
    // a file that inflates past a result file's limit is refused while inflating
    const big = new Uint8Array(LIMITS.resultBytes + 10).fill(32);
    const read = readZip(zipSync({ 'big.json': big, 'ok.json': strToU8(text) }), 'z.zip');
    expect(read.files.map((f) => f.name)).toEqual(['z.zip/ok.json']);
    expect(read.refused[0]?.reason).toMatch(/larger than/);
  });
});

describe('a per-student seed', () => {
  it('is the same for a student’s retry and differs between students', () => {
    const per = { ...assignment, seed: 'per-student' as const };
    expect(seedFor(per, 'Kira Jones')).toBe(seedFor(per, ' kira  jones'));
    expect(seedFor(per, 'Kira Jones')).not.toBe(seedFor(per, 'Emma Nguyen'));
  });
});
