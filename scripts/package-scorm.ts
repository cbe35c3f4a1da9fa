import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildScormPackage, PackageError, type PackageOptions } from './scorm/package.ts';

/**
 * `npm run package:scorm -- --scenario <id> [--scenario <id> ...] [--mode practice|assessed]
 * [--seed <n>|per-student] [--title <text>] [--out <file.zip>]`: writes a SCORM 1.2 package to
 * upload to an LMS (README, "Put a scenario into your LMS"). Prints what it wrote as JSON on
 * stdout; a problem goes to stderr with exit 1.
 */

const USAGE =
  'usage: npm run package:scorm -- --scenario <id> [--scenario <id> ...] [--mode practice|assessed] [--seed <n>|per-student] [--title <text>] [--out <file.zip>]';

function fail(message: string): never {
  process.stderr.write(`package:scorm: ${message}\n${USAGE}\n`);
  process.exit(1);
}

let values: ReturnType<typeof read>;
function read() {
  return parseArgs({
    options: {
      scenario: { type: 'string', multiple: true },
      mode: { type: 'string', default: 'assessed' },
      seed: { type: 'string', default: 'per-student' },
      title: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: false,
  }).values;
}
try {
  values = read();
} catch (error) {
  fail((error as Error).message);
}

const mode = values.mode;
if (mode !== 'practice' && mode !== 'assessed') fail('--mode is practice or assessed');
const seedText = values.seed ?? 'per-student';
const seed: PackageOptions['seed'] =
  seedText === 'per-student'
    ? 'per-student'
    : /^\d{1,9}$/.test(seedText)
      ? Number(seedText)
      : fail('--seed is a whole number (up to 9 digits) or per-student');
const scenarios = values.scenario ?? [];
const out = resolve(
  values.out ??
    `rapport-scorm12-${scenarios[0] ?? 'package'}${scenarios.length > 1 ? `-and-${scenarios.length - 1}-more` : ''}.zip`,
);

try {
  const built = buildScormPackage({
    scenarios,
    mode,
    seed,
    ...(values.title !== undefined ? { title: values.title } : {}),
  });
  writeFileSync(out, built.zip);
  process.stdout.write(
    `${JSON.stringify(
      {
        zip: out,
        bytes: built.zip.length,
        files: built.files.length,
        title: built.course.assignment.title,
        scenarios: built.course.assignment.scenarios,
        mode,
        seed,
        standard: 'SCORM 1.2',
      },
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`Wrote ${out}: upload it to your LMS as a SCORM 1.2 package.\n`);
} catch (error) {
  if (error instanceof PackageError) fail(error.message);
  throw error;
}
