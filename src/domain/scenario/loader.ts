import { isMap, isNode, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './scenario.schema.ts';
import { scenarioHash } from './hash.ts';

/**
 * Loads a scenario file: YAML in, a validated scenario out, or every problem found with its file,
 * line and column and a message an instructor who is not a programmer can act on.
 */

export interface ScenarioIssue {
  file: string;
  line: number;
  col: number;
  message: string;
}

export type Loaded =
  { ok: true; scenario: Scenario; hash: string } | { ok: false; issues: ScenarioIssue[] };

/** A scenario file larger than this is refused before parsing. */
export const MAX_SCENARIO_BYTES = 1_000_000;

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part + 1}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function humanMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const where = describePath(issue.path);
  const at = where ? `"${where}"` : 'the file';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return `${at} is missing; add it`;
      return `${at} should be ${
        issue.expected === 'string'
          ? 'text'
          : issue.expected === 'array'
            ? 'a list'
            : issue.expected === 'object'
              ? 'a group of fields'
              : `a ${issue.expected}`
      }`;
    case 'unrecognized_keys':
      return `${at} has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not know: ${issue.keys
        .map((k) => `"${k}"`)
        .join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `${at} must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_key':
      return `${at} names something unknown`;
    default:
      return where ? `${at}: ${issue.message}` : issue.message;
  }
}

function position(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): { line: number; col: number } {
  // Walk as deep as the document goes; a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && (node as Node).range) {
      const { line, col } = counter.linePos((node as Node).range?.[0] ?? 0);
      return { line, col };
    }
  }
  return { line: 1, col: 1 };
}

/** For an unknown key, point at the key itself rather than its parent. */
function keyPosition(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  key: string,
) {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  if (isMap(parent)) {
    const pair = parent.items.find(
      (p) => isNode(p.key) && (p.key as { value?: unknown }).value === key,
    );
    const range = pair && isNode(pair.key) ? (pair.key as Node).range : undefined;
    if (range) return counter.linePos(range[0]);
  }
  return position(doc, counter, path);
}

export function loadScenarioText(text: string, file: string): Loaded {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          col: 1,
          message: 'the file is larger than 1 MB; a scenario is a short text file',
        },
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        return { file, line, col, message: `this is not valid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          col: 1,
          message: 'the file repeats its YAML aliases (*name) too often to be read safely',
        },
      ],
    };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [{ file, line: 1, col: 1, message: 'the file is empty' }] };
  }
  const result = ScenarioSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => {
        const pos =
          issue.code === 'unrecognized_keys' && issue.keys[0]
            ? keyPosition(doc, counter, issue.path, issue.keys[0])
            : position(doc, counter, issue.path);
        return { file, line: pos.line, col: pos.col, message: humanMessage(issue, data) };
      }),
    };
  }
  const scenario = result.data;
  const stem = file
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, '');
  if (stem && stem !== scenario.id && !stem.startsWith('<')) {
    const pos = position(doc, counter, ['id']);
    return {
      ok: false,
      issues: [
        {
          file,
          ...pos,
          message: `the id "${scenario.id}" should match the file name "${stem}.yaml"`,
        },
      ],
    };
  }
  return { ok: true, scenario, hash: scenarioHash(scenario) };
}
