import type { SessionLog } from '../domain/session/log.ts';

/** A file name for a log: the scenario and the seed, safe on every system. */
export function logFileName(log: SessionLog): string {
  return `rapport-${log.scenario.id.replace(/[^a-z0-9-]/g, '')}-${log.seed}.json`;
}

/** Offers a JSON document for download. */
export function download(name: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
