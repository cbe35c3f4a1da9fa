import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  assignmentId,
  assignmentPayload,
  checkAssignment,
  fromBase64Url,
  readAssignmentPayload,
  seedFor,
  studentKey,
  toBase64Url,
  type Assignment,
} from '../../../src/domain/instructor/assignment.ts';
import { canonicalJson } from '../../../src/domain/scenario/hash.ts';
import { loadScenario } from '../../helpers.ts';

/** Assignments as DESIGN.md's "Instructors" section defines them, and the links that carry them. */
const gable = loadScenario('gable-persistence');
const workshop: Assignment = {
  format: 'rapport-assignment',
  version: 1,
  title: 'Workshop 3: the follow-up call',
  scenarios: [{ id: 'gable-persistence', hash: gable.hash }],
  mode: 'assessed',
  seed: 4711,
  attempts: 2,
  due: '2027-02-14',
};

describe('an assignment link', () => {
  it('carries the assignment and reads back the same, in canonical JSON with its checksum', () => {
    const payload = assignmentPayload(workshop);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-f]{12}$/);
    const read = readAssignmentPayload(payload);
    expect(read.ok).toBe(true);
    if (read.ok) expect(canonicalJson(read.value)).toBe(canonicalJson(workshop));
  });

  it('is refused, with a reason a student understands, when cut short or changed', () => {
    const payload = assignmentPayload(workshop);
    const [body = '', sum = ''] = payload.split('.');
    for (const bad of [
      payload.slice(0, payload.length - 3),
      body.slice(0, 40) + '.' + sum,
      `${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}.${sum}`,
      `${body}.${sum.replace(/^./, (c) => (c === '0' ? '1' : '0'))}`,
      'not a link at all',
      '',
    ]) {
      const read = readAssignmentPayload(bad);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/incomplete or has been changed/);
    }
  });

  it('is refused when it holds valid JSON that is not an assignment', () => {
    const json = canonicalJson({ format: 'rapport-log' });
    const sum = createHash('sha256').update(json).digest('hex').slice(0, 12);
    const read = readAssignmentPayload(`${toBase64Url(new TextEncoder().encode(json))}.${sum}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/not a Rapport assignment/);
  });
});

describe('checkAssignment', () => {
  it('accepts a per-student seed and any number of attempts', () => {
    expect(checkAssignment({ ...workshop, seed: 'per-student', attempts: null }).ok).toBe(true);
  });

  it('names what is wrong', () => {
    const reason = (v: unknown) => {
      const c = checkAssignment(v);
      return c.ok ? '' : c.reason;
    };
    expect(reason({ ...workshop, mode: 'exam' })).toMatch(/mode/);
    expect(reason({ ...workshop, attempts: 0 })).toMatch(/attempts/);
    expect(reason({ ...workshop, attempts: 51 })).toMatch(/attempts/);
    expect(reason({ ...workshop, seed: -1 })).toMatch(/seed/);
    expect(reason({ ...workshop, due: '14/02/2027' })).toMatch(/due date/);
    expect(reason({ ...workshop, scenarios: [] })).toMatch(/scenarios/);
    expect(reason({ ...workshop, scenarios: [{ id: 'gable-persistence', hash: 'x' }] })).toMatch(
      /scenario 1/,
    );
    expect(reason({ ...workshop, extra: 1 })).toMatch(/field no assignment has/);
    expect(reason({ ...workshop, version: 2 })).toMatch(/version 1/);
  });
});

describe('the assignment id and per-student seeds', () => {
  it('the id is the SHA-256 of the canonical JSON, whatever the key order', () => {
    const reordered = Object.fromEntries(
      Object.entries(workshop).reverse(),
    ) as unknown as Assignment;
    expect(assignmentId(reordered)).toBe(assignmentId(workshop));
    expect(assignmentId(workshop)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(assignmentId({ ...workshop, attempts: 3 })).not.toBe(assignmentId(workshop));
  });

  it('a per-student seed comes from the name as matched (spaces and case aside), the same each time', () => {
    const each: Assignment = { ...workshop, seed: 'per-student' };
    expect(studentKey('  Kira   JONES ')).toBe('kira jones');
    expect(seedFor(each, 'Kira Jones')).toBe(seedFor(each, ' kira  jones'));
    expect(seedFor(each, 'Kira Jones')).not.toBe(seedFor(each, 'Emma Nguyen'));
    expect(Number.isSafeInteger(seedFor(each, 'Kira Jones'))).toBe(true);
    expect(seedFor(workshop, 'anyone')).toBe(4711);
  });
});

describe('base64url', () => {
  it('round-trips any bytes and refuses what is not base64url', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect([...(fromBase64Url(toBase64Url(bytes)) ?? [])]).toEqual([...bytes]);
    }
    expect(fromBase64Url('ab=c')).toBeNull();
    expect(fromBase64Url('a')).toBeNull();
  });
});
