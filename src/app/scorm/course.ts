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

/** What the LMS kept of the attempt under way at the current scenario. */
export interface LmsCopy {
  /** Its actions, or null when the LMS kept only their count (the browser has them). */
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
  /** The LMS's copy of the attempt under way at `at`, read at launch; null when there is none. */
  copy: LmsCopy | null = null;
  /** Something the learner should know about what the LMS kept, or null. */
  notice: string | null = null;
  /** Where the last progress was kept: the LMS, or (too long) this browser only. */
  keptBy: 'lms' | 'browser' | null = null;
  /** Whether the results went to the LMS as a score and a status. */
  reported = false;

  #lms: Lms;
  #started: number;
  #now: () => number;
  #actions: readonly unknown[] = [];

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
      const read = decodeSuspend(suspended, SCORM12_SUSPEND_CHARS);
      if (read.ok) this.#resumeFrom(read.state);
      else
        this.notice = `Your course site's record of where you were could not be read (${read.reason}), so the activity starts from the beginning.`;
    }
    if (COMPLETE.has(status) && this.at >= this.total) this.reported = true;
    if (!COMPLETE.has(status)) {
      lms.set('cmi.core.lesson_status', 'incomplete');
      lms.set('cmi.core.exit', 'suspend');
      lms.commit();
    }
  }

  #resumeFrom(state: SuspendState): void {
    const total = this.total;
    this.at = Math.min(state.at, total);
    this.results = state.results.slice(0, this.at);
    if (this.results.length < this.at) {
      // Results missing for scenarios said to be finished: the record is not one this package wrote.
      this.at = this.results.length;
    }
    if (this.at < total && state.count > 0) {
      this.copy = { actions: state.actions, count: state.count };
      this.#actions = state.actions ?? [];
    }
  }

  /** The LMS's copy of the attempt under way, once: the page that resumes it takes it. */
  takeCopy(): LmsCopy | null {
    const copy = this.copy;
    this.copy = null;
    return copy;
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

  #write(): void {
    const { text, kept } = encodeSuspend({
      at: this.at,
      results: this.results,
      actions: this.done ? [] : this.#actions,
    });
    this.keptBy = kept;
    this.#lms.set('cmi.suspend_data', text);
    this.#lms.set('cmi.core.session_time', timespan(this.#now() - this.#started));
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
    this.copy = null;
    this.#write();
    if (this.done) {
      this.#lms.set('cmi.core.score.min', '0');
      this.#lms.set('cmi.core.score.max', '100');
      this.#lms.set('cmi.core.score.raw', String(this.score));
      this.#lms.set('cmi.core.lesson_status', this.passed ? 'passed' : 'failed');
      this.#lms.set('cmi.core.exit', '');
      this.reported = true;
    } else {
      this.#lms.set('cmi.core.exit', 'suspend');
    }
    this.#lms.commit();
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

/**
 * Which saved session the page resumes: the LMS's copy wins over the browser's; when the LMS
 * kept only a count (too long for it), the browser's, if this browser has it.
 */
export function chooseResume(
  saved: InProgress | undefined,
  copy: LmsCopy | null,
  header: { key: string; scenario: string; hash: string; seed: number; mode: InProgress['mode'] },
): { resume: InProgress | undefined; notice: string | null } {
  if (!copy) return { resume: saved, notice: null };
  if (copy.actions === null) {
    if (saved && saved.actions.length > 0) {
      return {
        resume: saved,
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
  const same =
    saved !== undefined &&
    saved.seed === header.seed &&
    saved.actions.length === copy.actions.length;
  return {
    resume: {
      key: header.key,
      scenario: header.scenario,
      hash: header.hash,
      seed: header.seed,
      mode: header.mode,
      actions: copy.actions,
      savedAt: new Date(0).toISOString(),
      // The drafts typed in this browser belong to the same state when the counts agree.
      ...(same && saved?.drafts ? { drafts: saved.drafts } : {}),
      ...(saved?.startedAt ? { startedAt: saved.startedAt } : {}),
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
