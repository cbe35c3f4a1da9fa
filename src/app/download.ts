import type { SessionLog } from '../domain/session/log.ts';

/** A file name for a log: the scenario and the seed, safe on every system. */
export function logFileName(log: SessionLog): string {
  return `rapport-${log.scenario.id.replace(/[^a-z0-9-]/g, '')}-${log.seed}.json`;
}

/** Offers a JSON document for download. */
export function download(name: string, value: unknown): void {
  downloadText(name, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** Offers a text (a CSV, a JSON document) for download under `name`. */
export function downloadText(name: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
