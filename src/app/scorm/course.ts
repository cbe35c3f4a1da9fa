import {
  learnerName,
  seedForLearner,
  type CoursePackage,
} from '../../domain/instructor/course-package.ts';
import { withId, type WithId } from '../assigned.ts';
import type { InProgress } from '../store.ts';
import { findApi, Lms, timespan, type WindowLike } from './lms.ts';
import {
  decodeSuspend,
  encodeSuspend,
  SCORM12_SUSPEND_CHARS,
  type SuspendState,
} from './suspend.ts';

/**
 * One launch of a course package in an LMS: the learner the LMS names, the scenario they are at,
 * the results so far, and what is sent back. The pages call only this:
 *
 * - at launch, `LMSInitialize` once; the learner's name and id, the status and `cmi.suspend_data`
 *   are read, and a package not yet attempted is marked `incomplete`;
 * - after every accepted action (`progress`), the attempt's actions go to `cmi.suspend_data`
 *   (or, when they do not fit, only their count: this browser keeps them), `cmi.core.exit` is
 *   `suspend`, the session time is set and the LMS commits;
 * - when a scenario is finished (`finished`), its score and pass are kept; after the last one,
 *   `cmi.core.score.raw` is the mean of the scores (`min` 0, `max` 100), the status `passed`
 *   when every scenario passed and `failed` otherwise, the exit empty, and the LMS commits;
 * - when the page goes (`leave`, on `pagehide`), the LMS commits once more and `LMSFinish` is
 *   called, once.
 */

export interface CourseResult {
  score: number;
  passed: boolean;
}

/** What the LMS keeps of the attempt under way at the current scenario. */
export interface LmsCopy {
  /** Its actions (none when nothing is under way), or null when the LMS kept only their count. */
  actions: unknown[] | null;
  count: number;
}

const COMPLETE = new Set(['passed', 'failed', 'completed']);

export class CourseRun {
  readonly package: CoursePackage;
  readonly assignment: WithId;
  readonly learner: { name: string; id: string };
  readonly seed: number;
  /** The scenario played now (the number of scenarios once all are finished). */
  at = 0;
  results: CourseResult[] = [];
  /** Something the learner should know about what the LMS kept, or null. */
  notice: string | null = null;
  /** Where the last progress was kept: the LMS, or (too long, or refused) this browser only. */
  keptBy: 'lms' | 'browser' | null = null;
  /** Whether the LMS has the activity's result (sent in this launch, or complete at launch). */
  reported = false;
  /** The status and score the LMS had at launch, when it already had a result. */
  readonly resultBefore: { status: string; score: string } | null = null;

  #lms: Lms;
  #started: number;
  #now: () => number;
  #actions: readonly unknown[] = [];
  /** Whether the LMS holds the actions (else only their count; the browser has them). */
  #actionsInLms = true;

  constructor(lms: Lms, pkg: CoursePackage, now: () => number) {
    this.#lms = lms;
    this.#now = now;
    this.#started = now();
    this.package = pkg;
    this.assignment = withId(pkg.assignment);
    const rawName = lms.get('cmi.core.student_name');
    const id = lms.get('cmi.core.student_id').slice(0, 255);
    const name = learnerName(rawName) || (id ? `Learner ${id}` : 'Learner');
    this.learner = { name, id };
    this.seed = seedForLearner(pkg.assignment, id || name);
    const status = lms.get('cmi.core.lesson_status');
    const suspended = lms.get('cmi.suspend_data');
    if (suspended !== '') {
      const read = decodeSuspend(suspended, this.#packageMark(), SCORM12_SUSPEND_CHARS);
      if (read.ok) this.#resumeFrom(read.state);
      else
        this.notice = `Your course site's record of where you were could not be read (${read.reason}), so the activity starts from the beginning.`;
    }
    if (COMPLETE.has(status)) {
      // The LMS has a result already: it is never taken back to incomplete, nor replaced.
      this.resultBefore = { status, score: lms.get('cmi.core.score.raw') };
      this.reported = true;
      this.at = this.total;
    } else if (this.done) {
      // Every scenario finished, but the result did not reach the LMS: it is sent again.
      this.#sendResult();
      lms.commit();
    } else {
      lms.set('cmi.core.lesson_status', 'incomplete');
      lms.set('cmi.core.exit', 'suspend');
      lms.commit();
    }
  }

  /** What ties a suspend text to this package: its assignment's id, shortened. */
  #packageMark(): string {
    return this.assignment.id.slice('sha256:'.length, 'sha256:'.length + 12);
  }

  #resumeFrom(state: SuspendState): void {
    const total = this.total;
    this.at = Math.min(state.at, total);
    this.results = state.results.slice(0, this.at);
    if (this.results.length < this.at) {
      // Results missing for scenarios said to be finished: the record is not one this package wrote.
      this.at = this.results.length;
    }
    if (this.at < total) {
      this.#actions = state.actions ?? [];
      this.#actionsInLms = state.actions !== null;
      this.#count = state.count;
    }
  }

  #count = 0;

  /**
   * What the LMS keeps of the attempt under way, as it stands now (read at launch, then what was
   * last sent): the page that opens the scenario resumes from it.
   */
  lmsCopy(): LmsCopy {
    return this.#actionsInLms
      ? { actions: [...this.#actions], count: this.#actions.length }
      : { actions: null, count: this.#count };
  }

  /** Whether an attempt is under way at the current scenario, as far as the LMS knows. */
  get underWay(): boolean {
    return !this.done && (this.#actionsInLms ? this.#actions.length > 0 : this.#count > 0);
  }

  get total(): number {
    return this.package.assignment.scenarios.length;
  }

  get done(): boolean {
    return this.at >= this.total;
  }

  /** The scenario played now, or null once all are finished. */
  get current(): { id: string; hash: string } | null {
    return this.package.assignment.scenarios[this.at] ?? null;
  }

  /** The mean of the finished scenarios' scores, to one decimal. */
  get score(): number {
    if (this.results.length === 0) return 0;
    const mean = this.results.reduce((sum, r) => sum + r.score, 0) / this.results.length;
    return Math.round(mean * 10) / 10;
  }

  get passed(): boolean {
    return this.results.length === this.total && this.results.every((r) => r.passed);
  }

  /** The LMS's refusals so far. */
  get problems() {
    return this.#lms.problems;
  }

  /** Writes where the learner is: the actions when they fit and the LMS takes them, else the count. */
  #write(): void {
    const state = {
      at: this.at,
      results: this.results,
      actions: this.done ? [] : this.#actions,
      package: this.#packageMark(),
    };
    const { text, kept } = encodeSuspend(state);
    let keptBy = kept;
    if (!this.#lms.set('cmi.suspend_data', text) && kept === 'lms') {
      // Refused (an LMS with a smaller limit): the count alone, the browser keeping the rest.
      keptBy = 'browser';
      this.#lms.set('cmi.suspend_data', encodeSuspend(state, 0).text);
    }
    this.keptBy = keptBy;
    this.#actionsInLms = keptBy === 'lms';
    this.#count = state.actions.length;
    this.#lms.set('cmi.core.session_time', timespan(this.#now() - this.#started));
  }

  /** Whether the last result sent was taken by the LMS (every value set and committed). */
  sent = false;

  #sendResult(): void {
    const ok = [
      this.#lms.set('cmi.core.score.min', '0'),
      this.#lms.set('cmi.core.score.max', '100'),
      this.#lms.set('cmi.core.score.raw', String(this.score)),
      this.#lms.set('cmi.core.lesson_status', this.passed ? 'passed' : 'failed'),
      this.#lms.set('cmi.core.exit', ''),
    ].every(Boolean);
    this.reported = true;
    this.sent = ok;
  }

  /** Every accepted action of the attempt under way (and "Start over", with none). */
  progress(actions: readonly unknown[]): void {
    if (this.done || !this.#lms.open) return;
    this.#actions = actions;
    this.#write();
    if (!this.reported) this.#lms.set('cmi.core.lesson_status', 'incomplete');
    this.#lms.set('cmi.core.exit', 'suspend');
    this.#lms.commit();
  }

  /** The current scenario is finished with this score; after the last, the result is sent. */
  finished(result: CourseResult): void {
    if (this.done) return;
    this.results = [...this.results, result];
    this.at += 1;
    this.#actions = [];
    this.#write();
    if (this.done) this.#sendResult();
    else this.#lms.set('cmi.core.exit', 'suspend');
    if (!this.#lms.commit()) this.sent = false;
  }

  /** The page is going: the last commit, and LMSFinish (once). */
  leave(): void {
    if (!this.#lms.open) return;
    this.#lms.set('cmi.core.session_time', timespan(this.#now() - this.#started));
    if (!this.done) this.#lms.set('cmi.core.exit', 'suspend');
    this.#lms.commit();
    this.#lms.finish();
  }

  get connected(): boolean {
    return this.#lms.open;
  }
}

/** An action as the LMS keeps it: without its simulated time. */
const kept = (action: unknown) => {
  if (typeof action !== 'object' || action === null) return JSON.stringify(action);
  const { at: _at, ...rest } = action as Record<string, unknown>;
  return JSON.stringify(rest);
};

/**
 * Which saved session the page resumes. The LMS's copy wins over the browser's, nothing under way
 * included (the learner started over elsewhere), except where the browser's is the same session
 * a step or more further on (an action saved here that the LMS did not get before the page went).
 * When the LMS kept only a count (too long for it), the browser's, if it has that session.
 */
export function chooseResume(
  saved: InProgress | undefined,
  copy: LmsCopy,
  header: { key: string; scenario: string; hash: string; seed: number; mode: InProgress['mode'] },
): { resume: InProgress | undefined; notice: string | null } {
  const mine = saved && saved.seed === header.seed && Array.isArray(saved.actions) ? saved : null;
  if (copy.actions === null) {
    if (mine && mine.actions.length >= copy.count) {
      return {
        resume: mine,
        notice:
          'This session is too long for your course site to keep, so it resumed from this browser. Finish it on this device: your score still goes to your course.',
      };
    }
    return {
      resume: undefined,
      notice:
        'Your course site knows this session was under way, but it was too long for the site to keep and this browser does not have it, so it starts again.',
    };
  }
  const lms = copy.actions;
  if (
    mine &&
    lms.length > 0 &&
    mine.actions.length >= lms.length &&
    lms.every((action, i) => kept(action) === kept(mine.actions[i]))
  ) {
    // The same session, here as far as the LMS has it or further: this browser's, drafts and all.
    return { resume: mine, notice: null };
  }
  if (lms.length === 0) return { resume: undefined, notice: null };
  return {
    resume: {
      key: header.key,
      scenario: header.scenario,
      hash: header.hash,
      seed: header.seed,
      mode: header.mode,
      actions: lms,
      savedAt: new Date(0).toISOString(),
    },
    notice: null,
  };
}

/**
 * Connects a course package to the LMS of the window it runs in, or says there is none (the
 * package then runs as the ordinary app and says so).
 */
export function connectCourse(
  win: WindowLike,
  pkg: CoursePackage,
  now: () => number,
): { run: CourseRun } | { run: null; reason: string } {
  const api = findApi(win);
  if (!api) return { run: null, reason: 'no course site (LMS) was found around this page' };
  const lms = new Lms(api);
  if (!lms.initialize())
    return { run: null, reason: 'the course site (LMS) refused to start the activity' };
  return { run: new CourseRun(lms, pkg, now) };
}
