/**
 * Reading a text once while one log is scored. A log's texts are read several times over: the
 * session reads a turn when it is said, the contact reads it again for its intents, the scoring
 * reads the request and the thank-you again, and each analyzer splits the same text into clauses
 * and reads it for its rules. Inside `readingOnce`, what depends only on the text (and the
 * scenario) is worked out the first time and given back after: the same values, fewer readings.
 *
 * Nothing is kept beyond the call: each log scored is read afresh (a class of a thousand files
 * shares nothing), and outside a call nothing is remembered at all. What is remembered is bounded
 * by the log's own limits (its actions and characters, LIMITS), and every value given back is
 * read, never changed, by those who ask for it.
 */

let open: Map<string, Map<unknown, unknown>> | null = null;

/** Runs `read` with the texts it reads remembered until it returns (nested calls share one). */
export function readingOnce<T>(read: () => T): T {
  if (open) return read();
  open = new Map();
  try {
    return read();
  } finally {
    open = null;
  }
}

/**
 * The value `make` gives for `key` in the table `table`, worked out once inside `readingOnce` (and
 * every time outside it).
 */
export function once<K, V>(table: string, key: K, make: () => V): V {
  if (!open) return make();
  let known = open.get(table) as Map<K, V> | undefined;
  if (!known) {
    known = new Map<K, V>();
    open.set(table, known as Map<unknown, unknown>);
  }
  if (known.has(key)) return known.get(key) as V;
  const value = make();
  known.set(key, value);
  return value;
}

/**
 * `once` for what a scenario reads: the value for `key` (a string that says everything else the
 * value depends on) in the scenario's own part of `table`.
 */
export function onceFor<V>(
  table: string,
  scenario: object | undefined,
  key: string,
  make: () => V,
): V {
  if (!open) return make();
  const known = once(table, scenario ?? null, () => new Map<string, V>());
  if (known.has(key)) return known.get(key) as V;
  const value = make();
  known.set(key, value);
  return value;
}

/** Whether texts are being remembered now (a caller can then tell a remembered value by identity). */
export function remembering(): boolean {
  return open !== null;
}
