import { readFileSync, readdirSync, statSync } from 'node:fs';
import { type ClassTable, type Counts } from '../app/class-table.ts';
import { classCsv } from '../app/class-csv.ts';
import { readResultText, type ResultFile } from '../app/result-file.ts';
import { readZip } from '../app/zip-read.ts';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS, formatBytes, formatCount, jsonDepth } from '../domain/limits/index.ts';
import { loadScenarioText, type ScenarioIssue } from '../domain/scenario/loader.ts';
import type { Scenario } from '../domain/scenario/scenario.schema.ts';
import { parseVersions, type EarlierVersions } from '../domain/scenario/versions.ts';
import { parseLog, playInputs, scoreLog } from '../domain/session/index.ts';
import { analyzeMessage } from '../domain/text/message.ts';
import { analyzeRequest, splitRequestText } from '../domain/text/request.ts';
import { analyzeThankYou } from '../domain/text/thank-you.ts';
import { analyzeTurn } from '../domain/text/turn.ts';
import { ClassThreads, THREADED_FROM_FILES, scoreClass, threadCount } from './class-threads.ts';
import { CliError, inputName, readLimited, type Limit } from './input.ts';
import { oneLine, writeJson } from './output.ts';

/**
 * The `rapport` commands (docs/formats.md). Every command prints one JSON document on stdout and human
 * messages on stderr, each one line; exit 1 with a one-line message when it could not do its job.
 * Every input is read with the limit of the table of limits (docs/formats.md), and reading stops there.
 */

export interface CliIo {
  /** Writes to standard output; false once the reader has gone (a closed pipe). */
  write(chunk: string): boolean;
  /** Writes one line (without its line break) to standard error. */
  error(line: string): void;
  stdin(): AsyncIterable<Uint8Array | string>;
}

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** An inputs file: at most 2 MB. */
const JSON_LIMIT: Limit = {
  bytes: LIMITS.logBytes,
  tooLarge: `larger than ${formatBytes(LIMITS.logBytes)}, the most an inputs file may be`,
};

/** `score` reads a log, or play's whole output: its log within 2 MB may come with more around it. */
const LOG_LIMIT: Limit = {
  bytes: LIMITS.logBytes,
  tooLarge: `larger than ${formatBytes(LIMITS.logBytes)}, the most a log may be`,
  hint: `to score play's output when it is larger, give score its "log" alone`,
};

const SCENARIO_LIMIT: Limit = {
  bytes: LIMITS.scenarioBytes,
  tooLarge: `the file is larger than ${formatBytes(LIMITS.scenarioBytes)}; a scenario is a short text file`,
};

/**
 * One text for `analyze`: 20,000 characters, and a `Subject:` line of 300 more (with room for the
 * label, spaces and a line break). A UTF-16 code unit takes at most 3 bytes, so a text over this
 * many bytes is certainly over this many characters.
 */
const TEXT_CHARS = LIMITS.textChars + LIMITS.subjectChars + 100;
const TEXT_LIMIT: Limit = {
  bytes: 3 * TEXT_CHARS,
  tooLarge: `longer than ${formatCount(LIMITS.textChars)} characters (and a Subject: line of ${formatCount(LIMITS.subjectChars)}), the most Rapport analyzes as one text`,
};

/** How a command line is run, beside its arguments. */
export interface RunOptions {
  /**
   * The threads `class` scores on: one per core (at most 4) unless given, this one and worker
   * threads for the rest; 1 scores on this thread alone, as does any class of fewer than 50
   * result files.
   */
  threads?: number;
}

class Cli {
  constructor(
    private readonly io: CliIo,
    private readonly options: RunOptions = {},
  ) {}

  private out(value: unknown): void {
    writeJson(value, (chunk) => this.io.write(chunk));
  }

  private say(message: string): void {
    this.io.error(oneLine(message));
  }

  private read(source: string, limit: Limit): Promise<string> {
    return readLimited(source, limit, () => this.io.stdin());
  }

  private async readJson(file: string, limit: Limit = JSON_LIMIT): Promise<unknown> {
    const text = await this.read(file, limit);
    const name = inputName(file);
    if (jsonDepth(text) > LIMITS.nestingDepth) {
      throw new CliError(
        `${name}: nests more than ${LIMITS.nestingDepth} levels deep, which no inputs file or log does`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new CliError(`${name}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
  }

  private async loadCatalog(files?: string[]): Promise<Catalog> {
    const scenarios: Catalog['scenarios'] = new Map();
    const earlier = files ? new Map<string, readonly string[]>() : await this.earlierVersions();
    const issues: ScenarioIssue[] = [];
    const paths =
      files ??
      readdirSync(SCENARIO_DIR)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
        .map((f) => join(SCENARIO_DIR, f));
    for (const file of paths) {
      const display = file.startsWith(SCENARIO_DIR) ? join('scenarios', basename(file)) : file;
      let text: string;
      try {
        text = await this.read(file, SCENARIO_LIMIT);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        const message = error.message.replace(`${file}: `, '');
        issues.push({ file: display, line: 1, col: 1, message });
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
        scenarios.set(loaded.scenario.id, {
          scenario: loaded.scenario,
          hash: loaded.hash,
          earlier: earlier.get(loaded.scenario.id) ?? [],
        });
      }
    }
    return { scenarios, issues };
  }

  /** The built-in scenarios' earlier published versions (scenarios/versions.json), if any. */
  private async earlierVersions(): Promise<EarlierVersions> {
    try {
      return parseVersions(
        JSON.parse(await this.read(join(SCENARIO_DIR, 'versions.json'), SCENARIO_LIMIT)),
      );
    } catch {
      return new Map();
    }
  }

  private async findScenario(id: string) {
    const catalog = await this.loadCatalog();
    const found = catalog.scenarios.get(id);
    if (!found) {
      const known = [...catalog.scenarios.keys()].join(', ');
      throw new CliError(`unknown scenario "${id.slice(0, 80)}"; known scenarios: ${known}`);
    }
    return found;
  }

  private sayIssues(issues: readonly ScenarioIssue[]): void {
    for (const i of issues) this.say(`${i.file}:${i.line}:${i.col}: ${i.message}`);
  }

  async list(): Promise<number> {
    const { scenarios, issues } = await this.loadCatalog();
    this.sayIssues(issues);
    this.out(
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

  async validate(files: string[]): Promise<number> {
    const { issues, scenarios } = await this.loadCatalog(
      files.length > 0 ? files.map((f) => resolve(f)) : undefined,
    );
    this.sayIssues(issues);
    if (issues.length === 0) this.say(`${scenarios.size} scenario file(s) valid`);
    this.out({ ok: issues.length === 0, issues });
    return issues.length === 0 ? 0 : 1;
  }

  async play(args: string[]): Promise<number> {
    const file = args[0];
    if (!file) throw new CliError('usage: rapport play <inputs.json>');
    const inputs = await this.readJson(file);
    const name = inputName(file);
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
      throw new CliError(`${name}: not an inputs file (expected {"scenario", "seed", "actions"})`);
    }
    const { scenario: id, seed, actions } = inputs as Record<string, unknown>;
    if (typeof id !== 'string') throw new CliError(`${name}: "scenario" should be a scenario id`);
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
      throw new CliError(`${name}: "seed" should be a whole number`);
    }
    if (!Array.isArray(actions)) {
      throw new CliError(`${name}: "actions" should be a list of actions`);
    }
    const { scenario, hash } = await this.findScenario(id);
    const output = playInputs(scenario, hash, seed, actions);
    // Each refusal is in the output; the terminal gets the first ones and a count.
    const shown = 20;
    for (const r of output.rejected.slice(0, shown)) {
      this.say(`action ${r.index} rejected: ${r.reason}`);
    }
    if (output.rejected.length > shown) {
      this.say(
        `and ${formatCount(output.rejected.length - shown)} more actions rejected (all are listed under "rejected")`,
      );
    }
    this.out(output);
    return 0;
  }

  async score(args: string[]): Promise<number> {
    const file = args[0];
    if (!file) throw new CliError('usage: rapport score <log.json>');
    let raw = await this.readJson(file, LOG_LIMIT);
    // `score` also accepts the whole output of `play` and takes its log.
    if (typeof raw === 'object' && raw !== null && 'log' in raw && !('format' in raw)) {
      raw = (raw as { log: unknown }).log;
    }
    const parsed = parseLog(raw);
    const name = inputName(file);
    if (!parsed.ok) throw new CliError(`${name}: ${parsed.reason}`);
    const { scenario, hash, earlier } = await this.findScenario(parsed.log.scenario.id);
    const scored = scoreLog(scenario, hash, parsed.log, earlier);
    if (!scored.ok) throw new CliError(`${name}: ${scored.reason}`);
    this.out(scored.report);
    return 0;
  }

  /**
   * `class <files, folders or zips...> [--counts best|latest|first] [--json]`: re-scores result
   * files and prints the class table as CSV (DESIGN.md, "Instructors"); each refused file or
   * attempt goes to stderr as `file: reason`.
   */
  async class(args: string[]): Promise<number> {
    let counts: Counts = 'best';
    let json = false;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] as string;
      if (arg === '--json') json = true;
      else if (arg === '--counts' || arg.startsWith('--counts=')) {
        const value = arg === '--counts' ? args[++i] : arg.slice(9);
        if (value !== 'best' && value !== 'latest' && value !== 'first')
          throw new CliError('--counts is best, latest or first');
        counts = value;
      } else paths.push(arg);
    }
    if (paths.length === 0)
      throw new CliError(
        'usage: rapport class <files, folders or zips...> [--counts best|latest|first] [--json]',
      );
    const texts: { name: string; text: string }[] = [];
    for (const path of paths) {
      let stat;
      try {
        stat = statSync(path);
      } catch {
        throw new CliError(`${path}: no such file or folder`);
      }
      const files = stat.isDirectory()
        ? readdirSync(path, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.json') || f.endsWith('.zip'))
            .sort()
            .slice(0, LIMITS.zipEntries)
            .map((f) => join(path, f))
        : [path];
      for (const file of files) texts.push(...this.resultTexts(file));
    }
    // Enough files for worker threads to help: they start now, and load while the files are read.
    const threads = this.options.threads ?? threadCount();
    const pool =
      threads > 1 && texts.length >= THREADED_FROM_FILES ? new ClassThreads(threads) : null;
    let table: ClassTable;
    try {
      const read: ResultFile[] = [];
      for (const { name, text } of texts) {
        const result = readResultText(text);
        if (!result.ok) {
          this.say(`${name}: ${result.reason}`);
          continue;
        }
        for (const r of result.file.refused) this.say(`${name}: ${r.what}: ${r.reason}`);
        read.push(result.file);
      }
      if (read.length === 0) throw new CliError('no result file could be read');
      const catalog = await this.loadCatalog();
      table = await scoreClass(
        read,
        catalog.scenarios,
        counts,
        read.length >= THREADED_FROM_FILES ? pool : null,
      );
    } finally {
      await pool?.close();
    }
    for (const r of table.refused) this.say(`${r.what}: ${r.reason}`);
    if (json) {
      this.out(table);
      return 0;
    }
    // The same CSV the dashboard exports.
    const csv = classCsv(table.rows);
    this.io.write(csv);
    return 0;
  }

  /** The result files a path holds: the file itself, or each JSON file inside a zip (bounded). */
  private resultTexts(file: string): { name: string; text: string }[] {
    let bytes: Uint8Array;
    try {
      const size = statSync(file).size;
      const limit = file.endsWith('.zip') ? LIMITS.zipInflatedBytes : LIMITS.resultBytes;
      if (size > limit) {
        this.say(`${file}: larger than ${formatBytes(limit)}, the most it may be`);
        return [];
      }
      bytes = readFileSync(file);
    } catch {
      this.say(`${file}: cannot be read`);
      return [];
    }
    if (!file.endsWith('.zip')) return [{ name: file, text: new TextDecoder().decode(bytes) }];
    // Counted while inflating, within the zip limits, no zip inside it: the dashboard's reader.
    const zip = readZip(bytes, file);
    if (zip.problem) {
      this.say(`${file}: ${zip.problem}`);
      return [];
    }
    for (const r of zip.refused) this.say(`${r.name}: ${r.reason}`);
    return zip.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async analyze(args: string[]): Promise<number> {
    let kind: string | undefined;
    let scenarioId: string | undefined;
    let file: string | undefined;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] as string;
      if (arg === '--kind') kind = args[++i];
      else if (arg.startsWith('--kind=')) kind = arg.slice(7);
      else if (arg === '--scenario') scenarioId = args[++i];
      else if (arg.startsWith('--scenario=')) scenarioId = arg.slice(11);
      else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg.slice(0, 40)}`);
      else file = arg;
    }
    if (!kind) throw new CliError(`analyze needs --kind (${KINDS.join(' or ')})`);
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new CliError(
        `unknown --kind "${kind.slice(0, 40)}"; this version analyzes: ${KINDS.join(', ')}`,
      );
    }
    const scenario = scenarioId ? (await this.findScenario(scenarioId)).scenario : undefined;
    const source = file ?? '-';
    const text = await this.read(source, TEXT_LIMIT);
    checkTextLength(inputName(source), kind, text);
    const calendar = scenario
      ? {
          weekday: scenario.start.weekday,
          toleranceMinutes: scenario.behaviour.promiseToleranceMinutes,
        }
      : {};
    if (kind === 'turn') {
      this.out(analyzeTurn(text, scenario));
    } else if (kind === 'thank_you') {
      this.out(analyzeThankYou(splitRequestText(text), scenario ? { scenario } : {}));
    } else if (kind === 'request') {
      this.out(
        analyzeRequest(splitRequestText(text), { ...calendar, ...(scenario ? { scenario } : {}) }),
      );
    } else {
      this.out(
        analyzeMessage(text, {
          ...calendar,
          ...(scenario ? { studentName: scenario.brief.student.name } : {}),
        }),
      );
    }
    return 0;
  }
}

interface Catalog {
  scenarios: Map<string, { scenario: Scenario; hash: string; earlier: readonly string[] }>;
  issues: ScenarioIssue[];
}

const KINDS = ['request', 'message', 'turn', 'thank_you'] as const;

/**
 * One text is at most 20,000 characters, as in a session; an email (a first line `Subject:`, for
 * the kinds that read one) has a subject of at most 300 besides.
 */
function checkTextLength(name: string, kind: string, text: string): void {
  const most = formatCount(LIMITS.textChars);
  if (kind === 'request' || kind === 'thank_you') {
    const { subject, body } = splitRequestText(text);
    if (subject !== undefined && subject.length > LIMITS.subjectChars) {
      throw new CliError(
        `${name}: the subject is ${formatCount(subject.length)} characters long; a subject has at most ${formatCount(LIMITS.subjectChars)}`,
      );
    }
    if (body.length > LIMITS.textChars) {
      throw new CliError(
        `${name}: the text is ${formatCount(body.length)} characters long${subject === undefined ? '' : ' after its Subject: line'}; Rapport analyzes one text of at most ${most}`,
      );
    }
    return;
  }
  if (text.length > LIMITS.textChars) {
    throw new CliError(
      `${name}: the text is ${formatCount(text.length)} characters long; Rapport analyzes one text of at most ${most}`,
    );
  }
}

const USAGE = [
  'usage: rapport <command>',
  '  list                          the scenarios',
  '  validate [files...]           check scenario files (default: scenarios/)',
  '  play <inputs.json>            run a session from an inputs file',
  '  score <log.json>              recompute the report of a log',
  '  analyze --kind request|message|turn|thank_you [--scenario id] [file|-]',
  '  class <files, folders or zips...> [--counts best|latest|first] [--json]',
];

/**
 * Runs one command line. Never throws: a refusal is a one-line message and exit code 1, and so is
 * anything unexpected (with a plea to report it), never a stack trace.
 */
export async function run(
  argv: readonly string[],
  io: CliIo,
  options: RunOptions = {},
): Promise<number> {
  const [command, ...args] = argv;
  const cli = new Cli(io, options);
  try {
    switch (command) {
      case 'list':
        return await cli.list();
      case 'validate':
        return await cli.validate(args);
      case 'play':
        return await cli.play(args);
      case 'score':
        return await cli.score(args);
      case 'analyze':
        return await cli.analyze(args);
      case 'class':
        return await cli.class(args);
      case 'help':
      case '--help':
        for (const line of USAGE) io.error(line);
        return 0;
      case undefined:
        throw new CliError(
          'no command given; try: list, validate, play, score, analyze, class, help',
        );
      default:
        throw new CliError(
          `unknown command "${command.slice(0, 40)}"; try: list, validate, play, score, analyze, class, help`,
        );
    }
  } catch (error) {
    io.error(oneLine(`rapport: ${describeError(error)}`));
    return 1;
  }
}

/** What went wrong, in one line: the reason for a refusal, or a summary of anything else. */
export function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `something went wrong inside Rapport (${message.split('\n')[0]?.slice(0, 200)}); please report it`;
}
