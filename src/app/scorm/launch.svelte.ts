import type { CoursePackage } from '../../domain/instructor/course-package.ts';
import type { CourseResult, CourseRun } from './course.ts';

/**
 * This build's course package and its launch, for the pages: null in the ordinary app. `run` is
 * null when the package found no LMS (it then runs as the ordinary app and says why, `reason`).
 */
export const course = $state<{
  package: CoursePackage | null;
  run: CourseRun | null;
  reason: string | null;
  /** The scenario just finished in this launch and its saved attempt, for the course page. */
  last: { title: string; result: CourseResult; attempt: number | null } | null;
  /** Bumped whenever the run changes, so pages that show it read it again. */
  version: number;
}>({ package: null, run: null, reason: null, last: null, version: 0 });
