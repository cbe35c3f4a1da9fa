import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted, so the same data always gives the same text. Written in one pass
 * into one string (it runs on every attempt of every result file, and on every scenario).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      // a hole is written as nothing, as `map` and `join` would
      if (i in value) out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  // Object keys are distinct, so the order sorted is the order of their code units.
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = object[key];
    if (v === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * The content hash a log records for its scenario: sha256 of the validated scenario's canonical
 * JSON, so the YAML's formatting and comments do not matter but every value does.
 */
export function scenarioHash(scenario: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))))}`;
}
