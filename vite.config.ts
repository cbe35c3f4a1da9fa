import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadScenarioText } from './src/domain/scenario/loader.ts';
import { parseVersions } from './src/domain/scenario/versions.ts';

/**
 * Compiles scenario YAML to data at build time: the student's first load carries no YAML parser
 * and no schema, and a broken scenario fails the build with file:line:col messages.
 */
const SCENARIO_DIR = join(import.meta.dirname, 'scenarios');

/** The hashes of a built-in scenario's earlier published versions (scenarios/versions.json). */
function earlierVersions(id: string): readonly string[] {
  const raw: unknown = JSON.parse(readFileSync(join(SCENARIO_DIR, 'versions.json'), 'utf8'));
  return parseVersions(raw).get(id) ?? [];
}
const INDEX_ID = 'virtual:scenario-index';
const LOADERS_ID = 'virtual:scenario-loaders';
const PACKAGE_ID = 'virtual:rapport-package';

/**
 * A course package's build (`npm run package:scorm`, scripts/package-scorm.ts) sets
 * `RAPPORT_PACKAGE` to the package's JSON (scripts/scorm/package.ts): the app it builds holds only
 * the package's scenarios and opens as the package's activity. Unset, every scenario is built.
 */
function packageConfig(): { scenarios: string[]; json: string } | null {
  const raw = process.env.RAPPORT_PACKAGE;
  if (!raw) return null;
  const parsed = JSON.parse(raw) as { assignment?: { scenarios?: { id: string }[] } };
  const ids = parsed.assignment?.scenarios?.map((s) => s.id) ?? [];
  if (ids.length === 0) throw new Error('RAPPORT_PACKAGE names no scenario');
  return { scenarios: ids, json: JSON.stringify(parsed) };
}

/** The scenario files the build holds, sorted: all of them, or a package's. */
function scenarioFiles(): string[] {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const config = packageConfig();
  if (!config) return files;
  const wanted = new Set(config.scenarios.map((id) => `${id}.yaml`));
  const kept = files.filter((f) => wanted.has(f));
  if (kept.length !== wanted.size)
    throw new Error('RAPPORT_PACKAGE names a scenario not in scenarios/');
  return kept;
}

function scenarios(): Plugin {
  return {
    name: 'rapport-scenarios',
    enforce: 'pre',
    resolveId(id) {
      return id === INDEX_ID || id === LOADERS_ID || id === PACKAGE_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        // The home page's list: only what it shows, so the first load stays small.
        const index = scenarioFiles().map((f) => {
          this.addWatchFile(join(SCENARIO_DIR, f));
          const loaded = loadScenarioText(
            readFileSync(join(SCENARIO_DIR, f), 'utf8'),
            `scenarios/${f}`,
          );
          if (!loaded.ok) {
            this.error(
              loaded.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join('\n'),
            );
          }
          const { id: sid, title, summary, difficulty, start, agreedMinutes } = loaded.scenario;
          return {
            id: sid,
            file: f,
            title,
            summary,
            difficulty,
            start: start.phase,
            agreedMinutes,
          };
        });
        return `export default ${JSON.stringify(index)};`;
      }
      if (id === `\0${LOADERS_ID}`) {
        // Each whole scenario as a chunk of its own, fetched when it is opened.
        const entries = scenarioFiles().map(
          (f) =>
            `${JSON.stringify(f)}: () => import(${JSON.stringify(join(SCENARIO_DIR, f))}).then((m) => m.default)`,
        );
        return `export default {${entries.join(',')}};`;
      }
      if (id === `\0${PACKAGE_ID}`) return `export default ${packageConfig()?.json ?? 'null'};`;
      const file = id.split('?')[0] ?? id;
      if (!/\.ya?ml$/.test(file)) return null;
      const display = file.slice(file.lastIndexOf('/scenarios/') + 1);
      const loaded = loadScenarioText(readFileSync(file, 'utf8'), display);
      if (!loaded.ok) {
        this.error(
          loaded.issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message}`).join('\n'),
        );
      }
      return {
        code: `export default ${JSON.stringify({
          scenario: loaded.scenario,
          hash: loaded.hash,
          earlier: earlierVersions(loaded.scenario.id),
        })};`,
        map: null,
      };
    },
  };
}

/**
 * The built site's Content-Security-Policy, as a meta tag (a static host sets no headers of
 * ours): scripts, styles and everything else only from the site itself; no inline script, no
 * eval, no remote origin, no plugins, no frames. Only in the build: the dev server injects styles.
 * The one exception is the app's own style sheet, written into index.html (so the first paint
 * waits for no second request) and allowed by its SHA-256 hash alone.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The style sheet of the page's entry script, which index.html carries inline (below). */
function entryStyleSheet(bundle: Rollup.OutputBundle | undefined): string | undefined {
  for (const chunk of Object.values(bundle ?? {}))
    if (chunk.type === 'chunk' && chunk.isEntry)
      return [...(chunk.viteMetadata?.importedCss ?? [])][0];
  return undefined;
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rapport-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let page = html;
        let policy = CONTENT_SECURITY_POLICY;
        const sheet = ctx.bundle?.[entryStyleSheet(ctx.bundle) ?? ''];
        if (sheet?.type === 'asset') {
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="\\./${sheet.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
          ).exec(html);
          if (!link)
            throw new Error(`index.html does not link ${sheet.fileName} as Vite writes it`);
          const css =
            typeof sheet.source === 'string'
              ? sheet.source
              : new TextDecoder().decode(sheet.source);
          if (/<\/style/i.test(css)) throw new Error('the style sheet cannot be inlined');
          const hash = createHash('sha256').update(css, 'utf8').digest('base64');
          // The link stays, disabled (never fetched), for Vite's loader of later pages: it looks
          // for a link to each style sheet a page needs and would add this one otherwise.
          page = html.replace(
            link[0],
            () =>
              `<style>${css}</style><link rel="stylesheet" href="./${sheet.fileName}" disabled>`,
          );
          policy = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
        }
        return {
          html: page,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

/**
 * Offline and installable (issue 15): a web app manifest, and a service worker (Workbox, by
 * vite-plugin-pwa) that precaches the whole built app (every page's chunks, every scenario, the
 * worker, the icons), so after one visit it opens and plays with no network. A new version waits
 * until the student chooses to reload (src/app/offline.ts). A course package runs inside an
 * LMS, whose pages are not ours to cache: it has neither.
 */
function offline(): Plugin[] {
  if (process.env.RAPPORT_PACKAGE || process.env.RAPPORT_PRERENDERING) {
    // The registration module is still imported (never run: main.ts skips it in a package).
    const id = 'virtual:pwa-register';
    return [
      {
        name: 'rapport-no-offline',
        resolveId: (source) => (source === id ? `\0${id}` : null),
        load: (source) =>
          source === `\0${id}` ? 'export const registerSW = () => () => Promise.resolve();' : null,
      },
    ];
  }
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Rapport: informational interview trainer',
      short_name: 'Rapport',
      description: 'Practice informational interviews against scripted professionals.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d4e89',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The engine's chunk is about half a megabyte; nothing the app needs is left out.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * Paints before the script (issue 15): the home page (the header, the scenario list, the footer)
 * is rendered by Svelte's server renderer from the same components and scenario data, in a build
 * of its own (src/prerender.ts), and written into index.html's `#app`; main.ts replaces it with
 * the live app. Not in a course package, whose first page comes from its LMS.
 */
function prerender(): Plugin {
  return {
    name: 'rapport-prerender',
    apply: (_config, env) =>
      env.command === 'build' && !env.isSsrBuild && !process.env.RAPPORT_PACKAGE,
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (process.env.RAPPORT_PRERENDERING) return html;
        // Inside the project, so the server build's imports of packages resolve.
        const cache = join(import.meta.dirname, 'node_modules', '.cache');
        mkdirSync(cache, { recursive: true });
        const out = mkdtempSync(join(cache, 'rapport-prerender-'));
        process.env.RAPPORT_PRERENDERING = '1';
        try {
          await build({
            configFile: join(import.meta.dirname, 'vite.config.ts'),
            logLevel: 'error',
            build: {
              ssr: join(import.meta.dirname, 'src', 'prerender.ts'),
              outDir: out,
              emptyOutDir: true,
              rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
            },
          });
          const { renderHome } = (await import(pathToFileURL(join(out, 'prerender.mjs')).href)) as {
            renderHome: () => string;
          };
          if (!html.includes('<div id="app"></div>'))
            throw new Error('index.html lacks an empty #app');
          return html.replace('<div id="app"></div>', `<div id="app">${renderHome()}</div>`);
        } finally {
          delete process.env.RAPPORT_PRERENDERING;
          rmSync(out, { recursive: true, force: true });
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [scenarios(), svelte(), contentSecurityPolicy(), ...offline(), prerender()],
  // The class dashboard's worker loads scenarios too.
  worker: { format: 'es', plugins: () => [scenarios()] },
  base: './',
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
