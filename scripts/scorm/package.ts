import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { loadScenarioText } from '../../src/domain/scenario/loader.ts';
import { assignmentId, type Assignment } from '../../src/domain/instructor/assignment.ts';
import type { CoursePackage } from '../../src/domain/instructor/course-package.ts';
import { SCORM12_SCHEMAS, scorm12Manifest } from './manifest.ts';

/**
 * `npm run package:scorm`: a SCORM 1.2 package of the app with only the scenarios asked for,
 * played in that order as one activity. The app is built by Vite with the package's JSON in
 * `RAPPORT_PACKAGE` (vite.config.ts keeps only those scenarios and the app opens as the package's
 * activity), then zipped by fflate with `imsmanifest.xml` and ADL's schema files at its root.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_DIR = join(import.meta.dirname, 'schemas');

export interface PackageOptions {
  scenarios: readonly string[];
  mode: 'practice' | 'assessed';
  seed: number | 'per-student';
  title?: string;
}

export interface BuiltPackage {
  zip: Uint8Array;
  manifest: string;
  files: string[];
  course: CoursePackage;
}

export class PackageError extends Error {}

/** The package's JSON: its assignment, made against the scenarios as they are now. */
export function coursePackageOf(options: PackageOptions): CoursePackage {
  if (options.scenarios.length === 0) throw new PackageError('name at least one --scenario');
  if (options.scenarios.length > 20) throw new PackageError('a package plays at most 20 scenarios');
  const scenarios: Assignment['scenarios'] = [];
  const titles: string[] = [];
  const known = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));
  for (const id of options.scenarios) {
    if (!known.includes(id))
      throw new PackageError(`there is no scenario "${id}"; there are: ${known.join(', ')}`);
    const loaded = loadScenarioText(
      readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'),
      `${id}.yaml`,
    );
    if (!loaded.ok)
      throw new PackageError(
        `scenarios/${id}.yaml does not validate (npm run rapport -- validate)`,
      );
    scenarios.push({ id, hash: loaded.hash });
    titles.push(loaded.scenario.title);
  }
  const title =
    options.title?.trim() ||
    (titles.length === 1
      ? (titles[0] as string)
      : `${titles[0]} and ${titles.length - 1} more scenario${titles.length === 2 ? '' : 's'}`);
  if (title.length > 200) throw new PackageError('the title has more than 200 characters');
  return {
    format: 'rapport-package',
    version: 1,
    standard: 'scorm12',
    assignment: {
      format: 'rapport-assignment',
      version: 1,
      title,
      scenarios,
      mode: options.mode,
      seed: options.seed,
      attempts: null,
    },
  };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}

/** Builds the app for the package and zips it; the build's own folder is removed after. */
export function buildScormPackage(options: PackageOptions): BuiltPackage {
  const course = coursePackageOf(options);
  const out = mkdtempSync(join(tmpdir(), 'rapport-scorm-'));
  try {
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, RAPPORT_PACKAGE: JSON.stringify(course) },
      },
    );
    const built = filesUnder(out);
    const files = [...built, ...SCORM12_SCHEMAS];
    const manifest = scorm12Manifest({
      identifier: `rapport-${assignmentId(course.assignment).slice('sha256:'.length, 'sha256:'.length + 16)}`,
      title: course.assignment.title,
      files,
      launch: 'index.html',
    });
    const entries: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
    for (const file of built) entries[file] = readFileSync(join(out, file));
    for (const schema of SCORM12_SCHEMAS) entries[schema] = readFileSync(join(SCHEMA_DIR, schema));
    // A fixed date keeps two packages of the same build byte for byte the same.
    const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
    return { zip, manifest, files: ['imsmanifest.xml', ...files], course };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
