/**
 * The one table of limits (docs/formats.md, "Limits"), enforced the same way by `play`, `score`,
 * `validate`, `analyze`, imports, stored records and the live page. Every check on untrusted
 * input is measured against these numbers, and reading stops at them.
 */
export const LIMITS = {
  /** Accepted actions in one session. */
  sessionActions: 1500,
  /** Student text in one session, all fields together, in UTF-16 code units. */
  sessionTextChars: 1_000_000,
  /** One text: a `say`, an email body, a note, a prepared question. */
  textChars: 20_000,
  /** An email subject. */
  subjectChars: 300,
  /** An inputs file, a log, a replay file or a session file, in bytes. */
  logBytes: 2_000_000,
  /** A result file, in bytes, and the attempts it may hold. */
  resultBytes: 5_000_000,
  resultAttempts: 50,
  /** A history file, in bytes, and the attempts it may hold. */
  historyBytes: 50_000_000,
  historyAttempts: 1000,
  /** A zip dropped on the dashboard. */
  zipEntries: 1000,
  zipInflatedBytes: 100_000_000,
  /** A scenario file, in bytes, and its YAML nodes after alias expansion. */
  scenarioBytes: 1_000_000,
  scenarioNodes: 100_000,
} as const;

/** "1,500", "2 MB": numbers the way a message to a person writes them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${formatCount(Math.round(bytes / 100_000) / 10)} MB`;
  if (bytes >= 1000) return `${formatCount(Math.round(bytes / 1000))} kB`;
  return `${bytes} bytes`;
}
