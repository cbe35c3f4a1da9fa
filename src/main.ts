import { mount } from 'svelte';
import coursePackage from 'virtual:rapport-package';
import App from './ui/App.svelte';
import './ui/styles.css';

// zod compiles fast validators with `new Function` where eval is allowed; the site's
// Content-Security-Policy forbids eval, so it is told not to try (which would raise a violation).
// zod reads its settings from this global (shared by every copy of it), so the first load does
// not have to carry zod to set it.
const zodSettings = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodSettings.__zod_globalConfig ??= {}).jitless = true;

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
const start = () => {
  // The home page rendered into index.html at build time (vite.config.ts, `prerender`) was on
  // screen before this script ran; the live app takes its place in this same task, so no frame
  // goes without it, and draws the same markup (or the page the address asks for).
  target.replaceChildren();
  mount(App, { target });
  // Kept for offline use once drawn (not in a course package: the LMS's pages are not ours).
  if (import.meta.env.PROD && !coursePackage)
    void import('./app/offline.ts').then((m) => m.keepOffline()).catch(() => undefined);
};

// A course package (`npm run package:scorm`) connects to its LMS before the first page is drawn:
// the learner's name and where they were come from it. The ordinary app has no package.
const pkg = coursePackage;
if (pkg) {
  void import('./app/scorm/launch.ts')
    .then(({ launch }) => launch(pkg, window))
    // Without its launch code (a failed download) it is still the ordinary app.
    .catch(() => undefined)
    .then(start);
} else start();
