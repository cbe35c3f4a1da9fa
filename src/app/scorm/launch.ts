import type { CoursePackage } from '../../domain/instructor/course-package.ts';
import { parseRoute, router } from '../router.svelte.ts';
import { connectCourse } from './course.ts';
import { course } from './launch.svelte.ts';

/**
 * A course package's launch, before its first page is drawn: the LMS found and initialized, the
 * learner and where they were read from it, the last commit and LMSFinish tied to the page going,
 * and an attempt under way continued at once.
 */
export function launch(pkg: CoursePackage, win: Window): void {
  course.package = pkg;
  const connected = connectCourse(win, pkg, () => Date.now());
  course.run = connected.run;
  course.reason = connected.run ? null : connected.reason;
  const run = connected.run;
  if (!run) return;
  // Chrome refuses work during `unload`; `pagehide` is the page's last moment.
  win.addEventListener('pagehide', () => run.leave());
  // A page brought back from the back-forward cache has finished with the LMS: it launches anew.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) win.location.reload();
  });
  if (run.underWay && (win.location.hash === '' || win.location.hash === '#/')) {
    win.history.replaceState(win.history.state, '', '#/course/play');
    router.route = parseRoute(win.location.hash);
  }
}
