import type { LoggedAction } from '../domain/session/engine.ts';

/** One line saying what the student did, quoting (and clipping) their words; for timelines and the replay. */
export function describeAction(entry: LoggedAction): string {
  const a = entry.action;
  const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);
  switch (a.type) {
    case 'call':
      return 'You called.';
    case 'say':
      return `You said: “${clip(a.text)}”`;
    case 'end':
      return 'You hung up.';
    case 'email':
      return `You emailed: “${clip(a.subject || '(no subject)')}”`;
    case 'note':
      return 'You posted a note.';
    case 'wait':
      return 'Time passed.';
    case 'prepare':
      return `You prepared ${a.questions.length} questions.`;
    case 'take_notes':
      return 'You started taking notes.';
    case 'give_resume':
      return 'You handed over your resume.';
  }
}
