import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chooseResume, connectCourse, CourseRun } from '../../src/app/scorm/course.ts';
import { findApi, Lms, timespan, type Scorm12Api } from '../../src/app/scorm/lms.ts';
import {
  decodeSuspend,
  encodeSuspend,
  SCORM12_SUSPEND_CHARS,
} from '../../src/app/scorm/suspend.ts';
import { assignmentId, toBase64Url } from '../../src/domain/instructor/assignment.ts';
import {
  learnerName,
  seedForLearner,
  type CoursePackage,
} from '../../src/domain/instructor/course-package.ts';
import { loadScenarioText } from '../../src/domain/scenario/loader.ts';
import { playInputs } from '../../src/domain/session/index.ts';

/** An LMS's side of SCORM 1.2 in memory: the data model, every call in order. */
function fakeLms(initial: Record<string, string> = {}) {
  const data: Record<string, string> = {
    'cmi.core.student_name': 'Jones, Kira',
    'cmi.core.student_id': 'kj247',
    'cmi.core.lesson_status': 'not attempted',
    'cmi.suspend_data': '',
    ...initial,
  };
  const calls: string[] = [];
  let error = '0';
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (name) => data[name] ?? '',
    LMSSetValue: (name, value) => {
      if (name === 'cmi.suspend_data' && value.length > SCORM12_SUSPEND_CHARS) {
        error = '405';
        return 'false';
      }
      calls.push(`set ${name}`);
      data[name] = value;
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => error,
    LMSGetErrorString: (code) => `error ${code}`,
    LMSGetDiagnostic: () => '',
  };
  return { api, data, calls };
}

const HASH = `sha256:${'a'.repeat(64)}`;
const MARK = '0123456789ab';
const markOf = (p: CoursePackage) => assignmentId(p.assignment).slice(7, 19);
const pkg = (count = 1, seed: number | 'per-student' = 'per-student'): CoursePackage => ({
  format: 'rapport-package',
  version: 1,
  standard: 'scorm12',
  assignment: {
    format: 'rapport-assignment',
    version: 1,
    title: 'Workshop',
    scenarios: Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, hash: HASH })),
    mode: 'assessed',
    seed,
    attempts: null,
  },
});

describe('finding the LMS', () => {
  const api = fakeLms().api;
  it('climbs the parents, then the opener’s', () => {
    const top = { API: api };
    const middle: { parent?: unknown; API?: unknown } = { parent: top };
    const own = { parent: middle };
    expect(findApi(own as never)).toBe(api);
    const opened = { parent: null, opener: { parent: top } };
    expect(findApi(opened as never)).toBe(api);
  });

  it('stops at a window that is its own parent, and after seven climbs', () => {
    const alone: { parent?: unknown } = {};
    alone.parent = alone;
    expect(findApi(alone as never)).toBeNull();
    let win: Record<string, unknown> = { API: api };
    for (let i = 0; i < 9; i += 1) win = { parent: win };
    expect(findApi(win as never)).toBeNull();
  });

  it('passes over a window of another origin (reading it throws) and an API lacking functions', () => {
    const foreign = {
      get API(): unknown {
        throw new Error('SecurityError');
      },
      parent: { API: { LMSInitialize: () => 'true' }, parent: { API: api } },
    };
    expect(findApi(foreign as never)).toBe(api);
  });
});

describe('the LMS connection', () => {
  it('initializes once, finishes once and calls nothing after', () => {
    const lms = fakeLms();
    const connection = new Lms(lms.api);
    expect(connection.initialize()).toBe(true);
    expect(connection.initialize()).toBe(true);
    expect(connection.finish()).toBe(true);
    expect(connection.finish()).toBe(false);
    expect(connection.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(connection.commit()).toBe(false);
    expect(lms.calls).toEqual(['LMSInitialize', 'LMSFinish']);
  });

  it('keeps a refusal with its code rather than throwing', () => {
    const lms = fakeLms();
    const connection = new Lms(lms.api);
    connection.initialize();
    expect(connection.set('cmi.suspend_data', 'x'.repeat(5000))).toBe(false);
    expect(connection.problems).toEqual([
      { call: 'LMSSetValue(cmi.suspend_data)', code: '405', message: 'error 405' },
    ]);
  });

  it('writes CMITimespan', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_456)).toBe('0001:02:03.46');
    expect(timespan(-5)).toBe('0000:00:00.00');
  });
});

describe('the learner', () => {
  it('reads SCORM’s "Last, First" as "First Last"', () => {
    expect(learnerName('Jones, Kira')).toBe('Kira Jones');
    expect(learnerName('  Kira   Jones ')).toBe('Kira Jones');
    expect(learnerName('Jones, Kira, PhD')).toBe('Jones, Kira, PhD');
    expect(learnerName('x'.repeat(1000))).toHaveLength(200);
  });

  it('derives a per-learner seed from the package and the learner id', () => {
    const p = pkg(1).assignment;
    expect(seedForLearner(p, 'kj247')).toBe(seedForLearner(p, 'kj247'));
    expect(seedForLearner(p, 'kj247')).not.toBe(seedForLearner(p, 'ab123'));
    expect(seedForLearner({ ...p, title: 'Another' }, 'kj247')).not.toBe(
      seedForLearner(p, 'kj247'),
    );
    expect(seedForLearner({ ...p, seed: 42 }, 'kj247')).toBe(42);
  });
});

describe('suspend data', () => {
  const golden = join(import.meta.dirname, '..', 'golden');
  const scenarios = join(import.meta.dirname, '..', '..', 'scenarios');

  it('keeps each golden session within SCORM 1.2’s 4,096 characters and gives it back', () => {
    for (const name of [
      'alumna-opening.good',
      'gable-persistence.good',
      'pr-phone-referral.overrun',
    ]) {
      const inputs = JSON.parse(readFileSync(join(golden, `${name}.inputs.json`), 'utf8'));
      const loaded = loadScenarioText(
        readFileSync(join(scenarios, `${inputs.scenario}.yaml`), 'utf8'),
        `${inputs.scenario}.yaml`,
      );
      if (!loaded.ok) throw new Error(name);
      const { log } = playInputs(loaded.scenario, loaded.hash, inputs.seed, inputs.actions);
      const { text, kept } = encodeSuspend({
        at: 0,
        results: [],
        actions: log.actions,
        package: MARK,
      });
      expect(kept).toBe('lms');
      expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_CHARS);
      const read = decodeSuspend(text, MARK);
      if (!read.ok) throw new Error(read.reason);
      expect(read.state.actions).toEqual(log.actions.map(({ at: _at, ...rest }) => rest));
      expect(read.state.count).toBe(log.actions.length);
    }
  });

  it('keeps only the count of a session too long for the LMS', () => {
    const actions = Array.from({ length: 300 }, (_, i) => ({
      type: 'say',
      text: `Question ${i}: ${Array.from({ length: 30 }, (_, k) => ((i * 7919 + k * 104729) % 99991).toString(36)).join(' ')}`,
    }));
    const { text, kept } = encodeSuspend({
      at: 1,
      results: [{ score: 88, passed: true }],
      actions,
      package: MARK,
    });
    expect(kept).toBe('browser');
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_CHARS);
    expect(decodeSuspend(text, MARK)).toEqual({
      ok: true,
      state: { at: 1, results: [{ score: 88, passed: true }], actions: null, count: 300 },
    });
  });

  it.each([
    ['someone else’s data', 'lesson=3;page=7'],
    ['not base64url', 'R1***'],
    ['not deflate', `R1${toBase64Url(strToU8('hello'))}`],
    ['too long', `R1${'A'.repeat(5000)}`],
    [
      'JSON of another shape',
      `R1${toBase64Url(deflateSync(strToU8('{"v":1,"p":"0123456789ab","k":-1,"r":[],"n":0}')))}`,
    ],
    [
      'a score out of range',
      `R1${toBase64Url(deflateSync(strToU8('{"v":1,"p":"0123456789ab","k":1,"r":[[140,1]],"n":0}')))}`,
    ],
    [
      'actions that are not their count',
      `R1${toBase64Url(deflateSync(strToU8('{"v":1,"p":"0123456789ab","k":0,"r":[],"n":2,"a":[{}]}')))}`,
    ],
  ])('refuses %s with a reason', (_name, text) => {
    const read = decodeSuspend(text, MARK);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.length).toBeGreaterThan(5);
  });

  it('stops a deflate bomb at the log’s limit instead of inflating it', () => {
    const bomb = deflateSync(new Uint8Array(3_000_000), { level: 9 });
    const text = `R1${toBase64Url(bomb)}`;
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_CHARS);
    expect(decodeSuspend(text, MARK)).toEqual({
      ok: false,
      reason: 'it does not inflate within the limit',
    });
  });
});

describe('a launch of a course package', () => {
  const clock = () => {
    let t = 1_000_000;
    return () => (t += 60_000);
  };

  it('says when there is no LMS', () => {
    expect(connectCourse({ parent: null }, pkg(), clock())).toEqual({
      run: null,
      reason: 'no course site (LMS) was found around this page',
    });
  });

  it('marks a new attempt incomplete, sends each action and at the end the mean score and status', () => {
    const lms = fakeLms();
    const connected = connectCourse({ API: lms.api }, pkg(2), clock());
    const run = connected.run as CourseRun;
    expect(run.learner).toEqual({ name: 'Kira Jones', id: 'kj247' });
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(lms.data['cmi.core.exit']).toBe('suspend');
    run.progress([{ type: 'call' }]);
    expect(lms.calls.slice(-1)).toEqual(['LMSCommit']);
    const saved = decodeSuspend(lms.data['cmi.suspend_data'] as string, markOf(pkg(2)));
    expect(saved.ok && saved.state).toEqual({
      at: 0,
      results: [],
      actions: [{ type: 'call' }],
      count: 1,
    });
    run.finished({ score: 91, passed: true });
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
    run.finished({ score: 64, passed: false });
    expect(lms.data['cmi.core.score.raw']).toBe('77.5');
    expect(lms.data['cmi.core.score.min']).toBe('0');
    expect(lms.data['cmi.core.score.max']).toBe('100');
    expect(lms.data['cmi.core.lesson_status']).toBe('failed');
    expect(lms.data['cmi.core.exit']).toBe('');
    expect(lms.data['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    run.leave();
    run.leave();
    expect(lms.calls.filter((c) => c === 'LMSInitialize')).toHaveLength(1);
    expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(lms.calls.at(-2)).toBe('LMSCommit');
  });

  it('passes only when every scenario passed', () => {
    const lms = fakeLms();
    const run = connectCourse({ API: lms.api }, pkg(2), clock()).run as CourseRun;
    run.finished({ score: 80, passed: true });
    run.finished({ score: 72, passed: true });
    expect(lms.data['cmi.core.lesson_status']).toBe('passed');
  });

  it('resumes where the LMS says, and leaves an unfinished attempt suspended', () => {
    const first = fakeLms();
    const run = connectCourse({ API: first.api }, pkg(2), clock()).run as CourseRun;
    run.finished({ score: 90, passed: true });
    run.progress([{ type: 'call' }, { type: 'say', text: 'Hello' }]);
    run.leave();
    expect(first.data['cmi.core.exit']).toBe('suspend');
    const again = fakeLms({ ...first.data });
    const resumed = connectCourse({ API: again.api }, pkg(2), clock()).run as CourseRun;
    expect(resumed.at).toBe(1);
    expect(resumed.results).toEqual([{ score: 90, passed: true }]);
    expect(resumed.underWay).toBe(true);
    expect(resumed.lmsCopy()).toEqual({
      actions: [{ type: 'call' }, { type: 'say', text: 'Hello' }],
      count: 2,
    });
    // The copy follows what is sent: it is what a page opened later resumes from.
    resumed.progress([{ type: 'call' }]);
    expect(resumed.lmsCopy()).toEqual({ actions: [{ type: 'call' }], count: 1 });
  });

  it('starts again and says so when the LMS’s record cannot be read', () => {
    const lms = fakeLms({ 'cmi.suspend_data': 'R1@@@' });
    const run = connectCourse({ API: lms.api }, pkg(1), clock()).run as CourseRun;
    expect(run.at).toBe(0);
    expect(run.notice).toMatch(/could not be read \(it is not base64url\)/);
  });

  it('never takes a result the LMS has back to incomplete, even without its record', () => {
    const first = fakeLms();
    const run = connectCourse({ API: first.api }, pkg(1), clock()).run as CourseRun;
    run.finished({ score: 85, passed: true });
    run.leave();
    // Some LMSs drop cmi.suspend_data after a normal exit.
    const again = fakeLms({ ...first.data, 'cmi.suspend_data': '' });
    const reopened = connectCourse({ API: again.api }, pkg(1), clock()).run as CourseRun;
    expect(reopened.done).toBe(true);
    expect(reopened.resultBefore).toEqual({ status: 'passed', score: '85' });
    reopened.progress([{ type: 'call' }]);
    reopened.leave();
    expect(again.data['cmi.core.lesson_status']).toBe('passed');
    expect(again.calls).not.toContain('set cmi.core.lesson_status');
  });

  it('sends the result again when every scenario is finished but the LMS has no status', () => {
    const first = fakeLms();
    const run = connectCourse({ API: first.api }, pkg(1), clock()).run as CourseRun;
    run.finished({ score: 64, passed: false });
    const lost = fakeLms({
      'cmi.suspend_data': first.data['cmi.suspend_data'] as string,
      'cmi.core.lesson_status': 'incomplete',
    });
    connectCourse({ API: lost.api }, pkg(1), clock());
    expect(lost.data['cmi.core.lesson_status']).toBe('failed');
    expect(lost.data['cmi.core.score.raw']).toBe('64');
  });

  it('keeps only the count when the LMS refuses the suspend text, and says where it is kept', () => {
    const lms = fakeLms();
    const run = connectCourse({ API: lms.api }, pkg(1), clock()).run as CourseRun;
    const refusing = lms.api.LMSSetValue;
    lms.api.LMSSetValue = (name, value) =>
      name === 'cmi.suspend_data' && value.length > 100 ? 'false' : refusing(name, value);
    run.progress([
      {
        type: 'say',
        text: 'A question long enough to be refused by this LMS, which keeps a hundred characters at most.',
      },
    ]);
    expect(run.keptBy).toBe('browser');
    expect(run.lmsCopy()).toEqual({ actions: null, count: 1 });
    expect(run.problems.at(-1)?.call).toBe('LMSSetValue(cmi.suspend_data)');
    const read = decodeSuspend(lms.data['cmi.suspend_data'] as string, markOf(pkg(1)));
    expect(read.ok && read.state.count).toBe(1);
  });

  it('starts afresh on a record written by another package', () => {
    const first = fakeLms();
    const run = connectCourse({ API: first.api }, pkg(2), clock()).run as CourseRun;
    run.finished({ score: 90, passed: true });
    const other = fakeLms({ ...first.data });
    const another = connectCourse({ API: other.api }, pkg(3), clock()).run as CourseRun;
    expect(another.at).toBe(0);
    expect(another.notice).toMatch(/another version of this activity/);
  });

  it('says when the result did not all reach the LMS', () => {
    const lms = fakeLms();
    const run = connectCourse({ API: lms.api }, pkg(1), clock()).run as CourseRun;
    lms.api.LMSCommit = () => 'false';
    run.finished({ score: 80, passed: true });
    expect(run.sent).toBe(false);
  });
});

describe('which saved session resumes', () => {
  const header = { key: 'k', scenario: 's1', hash: HASH, seed: 7, mode: 'assessed' as const };
  const browser = {
    ...header,
    actions: [{ type: 'call' }],
    savedAt: '2026-12-01T10:00:00Z',
    drafts: { said: 'typed', subject: '', body: '' },
  };

  it('takes the LMS’s copy over the browser’s', () => {
    const chosen = chooseResume(
      browser,
      { actions: [{ type: 'end' }, { type: 'call' }], count: 2 },
      header,
    );
    expect(chosen.resume?.actions).toEqual([{ type: 'end' }, { type: 'call' }]);
    expect(chosen.resume?.drafts).toBeUndefined();
  });

  it('starts afresh when the LMS has nothing under way (the learner started over elsewhere)', () => {
    expect(chooseResume(browser, { actions: [], count: 0 }, header)).toEqual({
      resume: undefined,
      notice: null,
    });
  });

  it('keeps the browser’s when it is the LMS’s session a step further, drafts and all', () => {
    const further = { ...browser, actions: [{ type: 'call', at: { day: 0 } }, { type: 'end' }] };
    const chosen = chooseResume(further, { actions: [{ type: 'call' }], count: 1 }, header);
    expect(chosen.resume).toBe(further);
    expect(chosen.resume?.drafts?.said).toBe('typed');
    // Another seed is another session.
    const other = chooseResume(
      { ...further, seed: 8 },
      { actions: [{ type: 'call' }], count: 1 },
      header,
    );
    expect(other.resume?.actions).toEqual([{ type: 'call' }]);
  });

  it('uses the browser’s copy when the LMS kept only a count, and says so', () => {
    const chosen = chooseResume(browser, { actions: null, count: 1 }, header);
    expect(chosen.resume).toBe(browser);
    expect(chosen.notice).toMatch(/too long for your course site/);
    const elsewhere = chooseResume(undefined, { actions: null, count: 40 }, header);
    expect(elsewhere.resume).toBeUndefined();
    expect(elsewhere.notice).toMatch(/starts again/);
    // A browser with an older, shorter session does not stand in for the LMS's.
    expect(chooseResume(browser, { actions: null, count: 40 }, header).resume).toBeUndefined();
  });
});
