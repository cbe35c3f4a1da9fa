import type { AnyStateMachine } from 'xstate';

/**
 * A persona's chart as a Mermaid state diagram, read from the machine's own definition (its
 * states, initial states, events and guards), so the picture in `docs/personas.md` cannot drift
 * from what the machine does: a test compares the two.
 *
 * Mermaid draws no arrow from inside one composite state to outside it, so such a transition is
 * drawn from the composite, its label naming the inner state it leaves ("from introduction").
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
  transitions: Map<string, readonly { target?: readonly Node[]; guard?: unknown }[]>;
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

function arrowsOf(node: Node, names: Map<string, string>, all: Arrow[]): void {
  for (const child of Object.values(node.states)) {
    for (const [event, defs] of child.transitions) {
      for (const def of defs) {
        const target = def.target?.[0];
        if (!target) continue;
        const from = child.id.split('.').slice(1);
        const to = target.id.split('.').slice(1);
        let common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common] === to[common])
          common += 1;
        const root = child.id.split('.')[0] as string;
        const nameAt = (path: string[], k: number) =>
          names.get([root, ...path.slice(0, k + 1)].join('.')) ?? (path[k] as string);
        const guard = guardName(def.guard);
        const inner =
          from.length - 1 === common ? '' : ` (from ${names.get(child.id) ?? child.key})`;
        all.push({
          within: from.slice(0, common),
          from: nameAt(from, common),
          to: nameAt(to, common),
          label: `${event}${guard ? ` [${guard}]` : ''}${inner}`,
        });
      }
    }
    arrowsOf(child, names, all);
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
  for (const a of arrows)
    if (a.within.join('.') === path.join('.'))
      out.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
  return out;
}

export function mermaidOf(machine: AnyStateMachine): string {
  const root = machine.root as unknown as Node;
  const names = namesOf(root);
  const arrows: Arrow[] = [];
  arrowsOf(root, names, arrows);
  return ['stateDiagram-v2', ...block(root, [], names, arrows, '  ')].join('\n');
}
