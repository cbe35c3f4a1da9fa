/**
 * Earlier published versions of the built-in scenarios (`scenarios/versions.json`): for each
 * scenario id, the content hashes its file had before. A log recorded against one of them still
 * replays, against today's version and by today's rules (DESIGN.md, "Versions"), so changing a
 * built-in scenario loses no student's attempts. Anything malformed in the file is ignored, entry
 * by entry, and the file is read to a bound.
 */

const HASH = /^sha256:[0-9a-f]{64}$/;
/** At most this many earlier versions per scenario, and scenarios, are read. */
const MAX_VERSIONS = 1000;

export type EarlierVersions = ReadonlyMap<string, readonly string[]>;

export function parseVersions(raw: unknown): EarlierVersions {
  const versions = new Map<string, string[]>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return versions;
  for (const [id, hashes] of Object.entries(raw).slice(0, MAX_VERSIONS)) {
    if (!Array.isArray(hashes)) continue;
    const valid = hashes
      .slice(0, MAX_VERSIONS)
      .filter((h): h is string => typeof h === 'string' && HASH.test(h));
    versions.set(id, valid);
  }
  return versions;
}
