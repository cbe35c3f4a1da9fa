import type { AnyStateMachine } from 'xstate';

/**
 * A persona's chart as a Mermaid state diagram, read from the machine's own definition (its
 * states, initial states, events and guards), so the picture in `docs/personas.md` cannot drift
 * from what the machine does: a test compares the two.
 *
 * Mermaid draws no arrow from inside one composite state to outside it, so such a transition is
 * drawn from the composite, its label naming the inner state it leaves ("from introduction");
 * likewise an arrow into a composite names the inner state it enters ("to silent"). Inside a
 * parallel state only the regions are drawn, so an arrow declared on a region node is drawn
 * from the parallel state.
 * Parallel regions are drawn as Mermaid's concurrent parts (separated by `--`); a state whose
 * name is used in two places is drawn under its region's name ("notes_notAsked", shown as
 * "notAsked").
 */

interface Node {
  key: string;
  type: string;
  /** The machine id and the keys down to this node, joined by dots. */
  id: string;
  states: Record<string, Node>;
  initial?: { target?: readonly Node[] };
  transitions: Map<string, readonly Transition[]>;
  /** Eventless transitions, taken as soon as their guard holds. */
  always?: readonly Transition[];
}

interface Transition {
  target?: readonly Node[];
  guard?: unknown;
}

function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  // xstate's and() carries the guards it combines (the charts use no or())
  const combined = (guard as { guards?: unknown[] }).guards;
  if (Array.isArray(combined)) return combined.map((g) => guardName(g) ?? 'guard').join(' and ');
  if (typeof guard === 'object' && 'type' in guard) return String(guard.type);
  return 'guard';
}

interface Arrow {
  /** The path of the composite the arrow is drawn in ([] for the top). */
  within: string[];
  from: string;
  to: string;
  label: string;
}

/** Each state's name in the drawing: its key, or its parent's key and its own when keys repeat. */
function namesOf(root: Node): Map<string, string> {
  const count = new Map<string, number>();
  const all: Node[] = [];
  const walk = (node: Node) => {
    for (const child of Object.values(node.states)) {
      all.push(child);
      count.set(child.key, (count.get(child.key) ?? 0) + 1);
      walk(child);
    }
  };
  walk(root);
  const names = new Map<string, string>();
  for (const node of all) {
    const path = node.id.split('.');
    names.set(
      node.id,
      (count.get(node.key) ?? 0) > 1 ? `${path[path.length - 2]}_${node.key}` : node.key,
    );
  }
  return names;
}

function arrowsOf(
  node: Node,
  names: Map<string, string>,
  byId: Map<string, Node>,
  all: Arrow[],
): void {
  for (const child of Object.values(node.states)) {
    const eventless: [string, readonly Transition[]][] = child.always
      ? [['always', child.always]]
      : [];
    for (const [event, defs] of [...child.transitions, ...eventless]) {
      for (const def of defs) {
        const target = def.target?.[0];
        if (!target) continue;
        const from = child.id.split('.').slice(1);
        const to = target.id.split('.').slice(1);
        let common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common] === to[common])
          common += 1;
        const root = child.id.split('.')[0] as string;
        // Inside a parallel state Mermaid draws only its regions: an arrow between regions (or
        // from a region node itself) is drawn from the parallel state, one level up.
        while (
          common > 0 &&
          byId.get([root, ...from.slice(0, common)].join('.'))?.type === 'parallel'
        )
          common -= 1;
        const nameAt = (path: string[], k: number) =>
          names.get([root, ...path.slice(0, k + 1)].join('.')) ?? (path[k] as string);
        const guard = guardName(def.guard);
        const inner =
          from.length - 1 === common ? '' : ` (from ${names.get(child.id) ?? child.key})`;
        const into = to.length - 1 === common ? '' : ` (to ${names.get(target.id) ?? target.key})`;
        all.push({
          within: from.slice(0, common),
          from: nameAt(from, common),
          to: nameAt(to, common),
          label: `${event}${guard ? ` [${guard}]` : ''}${inner}${into}`,
        });
      }
    }
    arrowsOf(child, names, byId, all);
  }
}

function block(
  node: Node,
  path: string[],
  names: Map<string, string>,
  arrows: readonly Arrow[],
  indent: string,
): string[] {
  const out: string[] = [];
  const name = (n: Node) => names.get(n.id) ?? n.key;
  for (const child of Object.values(node.states))
    if (name(child) !== child.key) out.push(`${indent}state "${child.key}" as ${name(child)}`);
  const initial = node.initial?.target?.[0];
  if (initial) out.push(`${indent}[*] --> ${name(initial)}`);
  for (const child of Object.values(node.states)) {
    if (Object.keys(child.states).length === 0) continue;
    out.push(`${indent}state ${name(child)} {`);
    if (child.type === 'parallel') {
      // Mermaid's concurrent parts, one per region, separated by "--".
      Object.values(child.states).forEach((region, i) => {
        if (i > 0) out.push(`${indent}  --`);
        out.push(...block(region, [...path, child.key, region.key], names, arrows, `${indent}  `));
      });
    } else {
      out.push(...block(child, [...path, child.key], names, arrows, `${indent}  `));
    }
    out.push(`${indent}}`);
  }
  const here = arrows.filter((a) => a.within.join('.') === path.join('.'));
  // A state no arrow meets here (one only entered from outside) is still drawn, by name.
  for (const child of Object.values(node.states)) {
    const n = name(child);
    if (child !== initial && !here.some((a) => a.from === n || a.to === n))
      if (Object.keys(child.states).length === 0) out.push(`${indent}${n}`);
  }
  for (const a of here) out.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
  return out;
}

export function mermaidOf(machine: AnyStateMachine): string {
  const root = machine.root as unknown as Node;
  const names = namesOf(root);
  const byId = new Map<string, Node>();
  const index = (node: Node) => {
    byId.set(node.id, node);
    Object.values(node.states).forEach(index);
  };
  index(root);
  const arrows: Arrow[] = [];
  arrowsOf(root, names, byId, arrows);
  return ['stateDiagram-v2', ...block(root, [], names, arrows, '  ')].join('\n');
}
