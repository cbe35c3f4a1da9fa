import type { AnyStateMachine } from 'xstate';

/**
 * A persona's chart as a Mermaid state diagram, read from the machine's own definition (its
 * states, initial states, events and guards), so the picture in `docs/personas.md` cannot drift
 * from what the machine does: a test compares the two.
 *
 * Mermaid draws no arrow from inside one composite state to outside it, so such a transition is
 * drawn from the composite, its label naming the inner state it leaves ("from introduction").
 */

interface Node {
  key: string;
  /** The machine id and the keys down to this node, joined by dots. */
  id: string;
  states: Record<string, Node>;
  initial?: { target?: readonly Node[] };
  transitions: Map<string, readonly { target?: readonly Node[]; guard?: unknown }[]>;
}

function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
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

function arrowsOf(node: Node, all: Arrow[]): void {
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
        const source = from[common] as string;
        const guard = guardName(def.guard);
        const inner = source === child.key ? '' : ` (from ${child.key})`;
        all.push({
          within: from.slice(0, common),
          from: source,
          to: to[common] as string,
          label: `${event}${guard ? ` [${guard}]` : ''}${inner}`,
        });
      }
    }
    arrowsOf(child, all);
  }
}

function block(node: Node, path: string[], arrows: readonly Arrow[], indent: string): string[] {
  const out: string[] = [];
  const initial = node.initial?.target?.[0];
  if (initial) out.push(`${indent}[*] --> ${initial.key}`);
  for (const child of Object.values(node.states)) {
    if (Object.keys(child.states).length === 0) continue;
    out.push(`${indent}state ${child.key} {`);
    out.push(...block(child, [...path, child.key], arrows, `${indent}  `));
    out.push(`${indent}}`);
  }
  for (const a of arrows)
    if (a.within.join('.') === path.join('.'))
      out.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
  return out;
}

export function mermaidOf(machine: AnyStateMachine): string {
  const root = machine.root as unknown as Node;
  const arrows: Arrow[] = [];
  arrowsOf(root, arrows);
  return ['stateDiagram-v2', ...block(root, [], arrows, '  ')].join('\n');
}
