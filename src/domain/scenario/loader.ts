import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { z } from 'zod';
import { LIMITS, formatBytes, formatCount, utf8Length } from '../limits/index.ts';
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

/** A scenario file larger than this, in bytes, is refused before parsing. */
export const MAX_SCENARIO_BYTES = LIMITS.scenarioBytes;

/** More issues than this in one file are counted, not listed: the first ones say what is wrong. */
const MAX_ISSUES = 50;

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

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function humanMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const where = describePath(issue.path);
  const at = where ? `"${where}"` : 'the file';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return `${at} is missing; add it`;
      return `${at} should be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `${at} has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not know: ${issue.keys
        .slice(0, 10)
        .map((k) => `"${k.slice(0, 60)}"`)
        .join(
          ', ',
        )}${issue.keys.length > 10 ? ` and ${formatCount(issue.keys.length - 10)} more` : ''} (check the spelling)`;
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

let nodesVisited = 0;

/**
 * YAML nodes the loader's structure check has looked at since this module loaded. It only grows;
 * a test reads it before and after a load to show the check's work is in proportion to the file,
 * not to what its aliases expand to.
 */
export function yamlNodesVisited(): number {
  return nodesVisited;
}

/**
 * One walk over the parsed document, before anything is built from it: duplicate keys (a Set per
 * group, so linear, where yaml's own check compares every pair), nesting deeper than any scenario,
 * an alias inside what it names, and the number of nodes the document has once its aliases are
 * expanded, worked out from each anchored node's size without expanding anything (a "billion
 * laughs" file costs its own length, not a billion).
 */
function checkStructure(doc: Document, counter: LineCounter, file: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const at = (node: unknown) => counter.linePos((node as Node).range?.[0] ?? 0);
  const issue = (node: unknown, message: string) => {
    issues.push({ file, ...at(node), message });
  };
  // The last node seen with each anchor, as yaml resolves an alias; and the expanded size of
  // every anchored node once its walk is done (an anchored node still being walked is absent).
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const cap = LIMITS.scenarioNodes + 1;
  let tooDeep = false;

  const walk = (node: unknown, depth: number): number => {
    if (node === null || node === undefined || issues.length > MAX_ISSUES) return 0;
    nodesVisited += 1;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) return 1;
      const size = sizes.get(target);
      if (size === undefined) {
        issue(
          node,
          `the alias *${node.source.slice(0, 40)} is used inside what it names, so it never ends`,
        );
        return cap;
      }
      return size;
    }
    if (depth > LIMITS.nestingDepth) {
      if (!tooDeep) {
        tooDeep = true;
        issue(
          node,
          `the file nests more than ${LIMITS.nestingDepth} levels deep; a scenario nests a few`,
        );
      }
      return 1;
    }
    const anchor = isNode(node) ? (node as Node & { anchor?: string }).anchor : undefined;
    if (anchor) anchors.set(anchor, node);
    let size = 1;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && key.value === key.value /* NaN is never equal */) {
          if (seen.has(key.value)) {
            issue(
              key,
              `this is not valid YAML: "${String(key.value).slice(0, 60)}" appears twice in the same group; each name may appear once`,
            );
          }
          seen.add(key.value);
        }
        size += walk(key, depth + 1) + walk(pair.value, depth + 1);
        if (size > cap) size = cap;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        size += walk(item, depth + 1);
        if (size > cap) size = cap;
      }
    } else if (isPair(node)) {
      size += walk(node.key, depth + 1) + walk(node.value, depth + 1);
    }
    if (size > cap) size = cap;
    if (anchor) sizes.set(node, size);
    return size;
  };

  const total = walk(doc.contents, 0);
  if (issues.length === 0 && total > LIMITS.scenarioNodes) {
    issues.push({
      file,
      line: 1,
      col: 1,
      message: `the file has more than ${formatCount(LIMITS.scenarioNodes)} YAML values, counting each one its aliases (*name) repeat; a scenario has a few thousand`,
    });
  }
  return issues;
}

/** At most MAX_ISSUES issues, the rest counted in one more. */
function capped(issues: ScenarioIssue[], file: string): ScenarioIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      file,
      line: issues[MAX_ISSUES]?.line ?? 1,
      col: issues[MAX_ISSUES]?.col ?? 1,
      message: `and more issues after these ${MAX_ISSUES}: fix these first`,
    },
  ];
}

export function loadScenarioText(text: string, file: string): Loaded {
  // Characters first (cheap, and never more than the bytes), then the bytes themselves.
  if (text.length > LIMITS.scenarioBytes || utf8Length(text) > LIMITS.scenarioBytes) {
    return {
      ok: false,
      issues: [
        {
          file,
          line: 1,
          col: 1,
          message: `the file is larger than ${formatBytes(LIMITS.scenarioBytes)}; a scenario is a short text file`,
        },
      ],
    };
  }
  const counter = new LineCounter();
  // yaml's own duplicate-key check compares each key with every other one in its group (a file
  // of 60,000 keys took minutes); checkStructure does it with a Set.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: capped(
        doc.errors.map((e) => {
          const { line, col } = counter.linePos(e.pos[0]);
          const first = e.message.split('\n')[0] ?? '';
          const message = first.startsWith('Maximum call stack size exceeded')
            ? `the file nests too deeply to be read; a scenario nests a few levels`
            : `this is not valid YAML: ${first}`;
          return { file, line, col, message };
        }),
        file,
      ),
    };
  }
  const structure = checkStructure(doc, counter, file);
  if (structure.length > 0) return { ok: false, issues: capped(structure, file) };
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
      issues: capped(
        result.error.issues.slice(0, MAX_ISSUES + 1).map((issue) => {
          const pos =
            issue.code === 'unrecognized_keys' && issue.keys[0]
              ? keyPosition(doc, counter, issue.path, issue.keys[0])
              : position(doc, counter, issue.path);
          return { file, line: pos.line, col: pos.col, message: humanMessage(issue, data) };
        }),
        file,
      ),
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
  // The hash is taken over what the author wrote (DESIGN.md, "Versions"), not over the scenario
  // with its defaults filled in: a new optional field changes no existing file's hash.
  return { ok: true, scenario, hash: scenarioHash(data) };
}
