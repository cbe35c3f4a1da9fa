import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenarioText, type ScenarioIssue } from '../domain/scenario/loader.ts';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import { parseLog, playInputs, scoreLog } from '../domain/session/index.ts';
import { analyzeMessage } from '../domain/text/message.ts';
import { analyzeRequest, splitRequestText } from '../domain/text/request.ts';
import { analyzeThankYou } from '../domain/text/thank-you.ts';
import { analyzeTurn } from '../domain/text/turn.ts';

/**
 * The `rapport` command line (DESIGN.md). Every command prints one JSON document on stdout and
 * human messages on stderr; exit 1 with a one-line message when it could not do its job.
 */

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
/** Inputs, logs and texts larger than this are refused before parsing. */
const MAX_INPUT_BYTES = 10_000_000;

class CliError extends Error {}

function out(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function readText(file: string): string {
  try {
    const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
    if (text.length > MAX_INPUT_BYTES) throw new CliError(`${file}: larger than 10 MB`);
    return text;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${file}: is a folder, not a file`);
    throw new CliError(`${file}: cannot be read (${code ?? String(error)})`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

interface Catalog {
  scenarios: Map<string, { scenario: Scenario; hash: string }>;
  issues: ScenarioIssue[];
}

function loadCatalog(files: string[] = scenarioFiles()): Catalog {
  const scenarios = new Map<string, { scenario: Scenario; hash: string }>();
  const issues: ScenarioIssue[] = [];
  for (const file of files) {
    const display = file.startsWith(SCENARIO_DIR) ? join('scenarios', basename(file)) : file;
    let text: string;
    try {
      text = readText(file);
    } catch (error) {
      issues.push({
        file: display,
        line: 1,
        col: 1,
        message: (error as Error).message.replace(`${file}: `, ''),
      });
      continue;
    }
    const loaded = loadScenarioText(text, display);
    if (!loaded.ok) {
      issues.push(...loaded.issues);
    } else if (scenarios.has(loaded.scenario.id)) {
      issues.push({
        file: display,
        line: 1,
        col: 1,
        message: `the id "${loaded.scenario.id}" is used by another scenario file`,
      });
    } else {
      scenarios.set(loaded.scenario.id, { scenario: loaded.scenario, hash: loaded.hash });
    }
  }
  return { scenarios, issues };
}

function findScenario(id: string) {
  const catalog = loadCatalog();
  const found = catalog.scenarios.get(id);
  if (!found) {
    const known = [...catalog.scenarios.keys()].join(', ');
    throw new CliError(`unknown scenario "${id.slice(0, 80)}"; known scenarios: ${known}`);
  }
  return found;
}

function list(): number {
  const { scenarios, issues } = loadCatalog();
  for (const i of issues) process.stderr.write(`${i.file}:${i.line}:${i.col}: ${i.message}\n`);
  out(
    [...scenarios.values()].map(({ scenario }) => ({
      id: scenario.id,
      title: scenario.title,
      summary: scenario.summary,
      difficulty: scenario.difficulty,
      start: scenario.start.phase,
    })),
  );
  return 0;
}

function validate(files: string[]): number {
  const { issues, scenarios } = loadCatalog(
    files.length > 0 ? files.map((f) => resolve(f)) : undefined,
  );
  for (const i of issues) process.stderr.write(`${i.file}:${i.line}:${i.col}: ${i.message}\n`);
  if (issues.length === 0) process.stderr.write(`${scenarios.size} scenario file(s) valid\n`);
  out({ ok: issues.length === 0, issues });
  return issues.length === 0 ? 0 : 1;
}

function play(args: string[]): number {
  const file = args[0];
  if (!file) throw new CliError('usage: rapport play <inputs.json>');
  const inputs = readJson(file);
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw new CliError(`${file}: not an inputs file (expected {"scenario", "seed", "actions"})`);
  }
  const { scenario: id, seed, actions } = inputs as Record<string, unknown>;
  if (typeof id !== 'string') throw new CliError(`${file}: "scenario" should be a scenario id`);
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new CliError(`${file}: "seed" should be a whole number`);
  }
  if (!Array.isArray(actions)) throw new CliError(`${file}: "actions" should be a list of actions`);
  const { scenario, hash } = findScenario(id);
  const output = playInputs(scenario, hash, seed, actions);
  for (const r of output.rejected)
    process.stderr.write(`action ${r.index} rejected: ${r.reason}\n`);
  out(output);
  return 0;
}

function score(args: string[]): number {
  const file = args[0];
  if (!file) throw new CliError('usage: rapport score <log.json>');
  let raw = readJson(file);
  // `score` also accepts the whole output of `play` and takes its log.
  if (typeof raw === 'object' && raw !== null && 'log' in raw && !('format' in raw)) {
    raw = (raw as { log: unknown }).log;
  }
  const parsed = parseLog(raw);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.reason}`);
  const { scenario, hash } = findScenario(parsed.log.scenario.id);
  const scored = scoreLog(scenario, hash, parsed.log);
  if (!scored.ok) throw new CliError(`${file}: ${scored.reason}`);
  out(scored.report);
  return 0;
}

const KINDS = ['request', 'message', 'turn', 'thank_you'] as const;

function analyze(args: string[]): number {
  let kind: string | undefined;
  let scenarioId: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--kind') kind = args[++i];
    else if (arg.startsWith('--kind=')) kind = arg.slice(7);
    else if (arg === '--scenario') scenarioId = args[++i];
    else if (arg.startsWith('--scenario=')) scenarioId = arg.slice(11);
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}`);
    else file = arg;
  }
  if (!kind) throw new CliError(`analyze needs --kind (${KINDS.join(' or ')})`);
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new CliError(
      `unknown --kind "${kind.slice(0, 40)}"; this version analyzes: ${KINDS.join(', ')}`,
    );
  }
  const scenario = scenarioId ? findScenario(scenarioId).scenario : undefined;
  const text = readText(file ?? '-');
  const calendar = scenario
    ? {
        weekday: scenario.start.weekday,
        toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
      }
    : {};
  if (kind === 'turn') {
    out(analyzeTurn(text, scenario));
  } else if (kind === 'thank_you') {
    out(analyzeThankYou(splitRequestText(text), scenario ? { scenario } : {}));
  } else if (kind === 'request') {
    out(analyzeRequest(splitRequestText(text), { ...calendar, ...(scenario ? { scenario } : {}) }));
  } else {
    out(
      analyzeMessage(text, {
        ...calendar,
        ...(scenario ? { studentName: scenario.brief.student.name } : {}),
      }),
    );
  }
  return 0;
}

const USAGE = `usage: rapport <command>
  list                          the scenarios
  validate [files...]           check scenario files (default: scenarios/)
  play <inputs.json>            run a session from an inputs file
  score <log.json>              recompute the report of a log
  analyze --kind request|message|turn|thank_you [--scenario id] [file|-]`;

export function main(argv: string[]): number {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'list':
        return list();
      case 'validate':
        return validate(args);
      case 'play':
        return play(args);
      case 'score':
        return score(args);
      case 'analyze':
        return analyze(args);
      case undefined:
      case 'help':
      case '--help':
        process.stderr.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        throw new CliError(
          `unknown command "${command.slice(0, 40)}"; try: list, validate, play, score, analyze`,
        );
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`rapport: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
