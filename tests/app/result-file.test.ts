import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultText } from '../../src/app/result-file.ts';
import { assignmentId, type Assignment } from '../../src/domain/instructor/assignment.ts';
import { playInputs } from '../../src/domain/session/index.ts';
import { ROOT, loadScenario } from '../helpers.ts';

/** Result files as DESIGN.md's "Instructors" section defines them, read as untrusted input. */
const { scenario, hash } = loadScenario('pr-phone-referral');
const inputs = JSON.parse(
  readFileSync(join(ROOT, 'tests/golden/pr-phone-referral.good.inputs.json'), 'utf8'),
) as { seed: number; actions: unknown[] };
const { log } = playInputs(scenario, hash, inputs.seed, inputs.actions);
const assignment: Assignment = {
  format: 'rapport-assignment',
  version: 1,
  title: 'Workshop 1: the referral call',
  scenarios: [{ id: 'pr-phone-referral', hash }],
  mode: 'assessed',
  seed: inputs.seed,
  attempts: 2,
};
const attempt = {
  log,
  mode: 'assessed',
  finished: true,
  startedAt: '2027-02-10T14:02:11Z',
  finishedAt: '2027-02-10T14:31:40Z',
};
const file = (over: Record<string, unknown> = {}) => ({
  format: 'rapport-result',
  version: 1,
  assignment: { ...assignment, id: assignmentId(assignment) },
  student: { name: '  Patricia   Law ' },
  attempts: [attempt],
  ...over,
});
const read = (value: unknown) => readResultText(JSON.stringify(value));
const reason = (value: unknown) => {
  const r = read(value);
  return r.ok ? '' : r.reason;
};

describe('a result file', () => {
  it('reads the assignment, the student and each attempt’s log', () => {
    const r = read(file());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.student).toEqual({ name: 'Patricia Law', key: 'patricia law' });
    expect(r.file.attempts).toHaveLength(1);
    expect(r.file.attempts[0]).toMatchObject({ number: 1, mode: 'assessed', finished: true });
    expect(r.file.attempts[0]?.log).toEqual(log);
    expect(r.file.refused).toEqual([]);
  });

  it('counts an identical log once', () => {
    const r = read(file({ attempts: [attempt, attempt] }));
    expect(r.ok && r.file.attempts.length).toBe(1);
  });

  it('refuses an attempt whose log does not read, and uses the rest', () => {
    const broken = { ...attempt, log: { ...log, format: 'something else' } };
    const r = read(file({ attempts: [broken, attempt] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.attempts.map((a) => a.number)).toEqual([2]);
    expect(r.file.refused).toEqual([{ what: 'attempt 1', reason: expect.stringMatching(/log/) }]);
  });

  it('is refused whole, with the reason, when it is not one or has been tampered with', () => {
    expect(reason({ format: 'rapport-log' })).toMatch(/not a Rapport result file/);
    expect(reason(file({ version: 2 }))).toMatch(/version 1/);
    expect(
      reason(file({ assignment: { ...assignment, attempts: 5, id: assignmentId(assignment) } })),
    ).toMatch(/changed since the link was made/);
    expect(reason(file({ student: { name: ' ' } }))).toMatch(/no student name/);
    expect(reason(file({ attempts: Array.from({ length: 51 }, () => attempt) }))).toMatch(
      /at most 50/,
    );
    expect(readResultText('{"format": "rapport-result", "__proto__": {"x": 1}}').ok).toBe(false);
    expect(readResultText('not json').ok).toBe(false);
  });

  it('is refused before it is parsed when it is larger than 5 MB', () => {
    const r = readResultText(' '.repeat(5_000_001));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/too large/);
  });
});
