import { assistantMachine } from '../src/domain/professional/assistant.machine.ts';
import { contactMachine } from '../src/domain/professional/contact.machine.ts';
import { mermaidOf } from '../src/domain/professional/diagram.ts';
import { voicemailMachine } from '../src/domain/professional/voicemail.machine.ts';

/** Each persona's chart, by the name its block carries in docs/personas.md. */
export function personaDiagrams(): Record<string, string> {
  return {
    contact: mermaidOf(contactMachine),
    assistant: mermaidOf(assistantMachine),
    voicemail: mermaidOf(voicemailMachine),
  };
}

/** The doc with each `<!-- chart:NAME -->` … `<!-- /chart -->` block replaced by the chart. */
export function withDiagrams(doc: string, charts: Record<string, string>): string {
  let out = doc;
  for (const [name, chart] of Object.entries(charts)) {
    const open = `<!-- chart:${name} -->`;
    const close = '<!-- /chart -->';
    const from = out.indexOf(open);
    const to = out.indexOf(close, from);
    if (from < 0 || to < 0) throw new Error(`docs/personas.md has no block for the ${name} chart`);
    out = `${out.slice(0, from + open.length)}\n\n\`\`\`mermaid\n${chart}\n\`\`\`\n\n${out.slice(to)}`;
  }
  return out;
}
