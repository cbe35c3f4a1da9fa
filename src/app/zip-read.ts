import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { LIMITS, formatBytes, formatCount } from '../domain/limits/index.ts';

/**
 * The JSON files inside a zip the instructor drops on the class dashboard (or names to `rapport
 * class`), read within DESIGN.md's limits: at most 1,000 entries and 100 MB inflated, counted
 * while inflating (a zip's own stated sizes are not trusted), each file at most a result file's
 * 5 MB, no zip inside the zip. Past a limit, reading stops: what was read so far is kept, and
 * the rest is named as not read. Never throws.
 */

export interface ZipRead {
  files: { name: string; text: string }[];
  /** Entries not read, each with why (a nested zip, a file too large, the limits reached). */
  refused: { name: string; reason: string }[];
  /** Why the whole zip could not be read, when it could not (not a zip, damaged). */
  problem: string | null;
}

export function readZip(bytes: Uint8Array, zipName: string): ZipRead {
  const files: ZipRead['files'] = [];
  const refused: ZipRead['refused'] = [];
  let entries = 0;
  let inflated = 0;
  let stopped: string | null = null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    const name = `${zipName}/${file.name}`;
    if (file.name.endsWith('/') || file.name.includes('__MACOSX/')) return;
    if (stopped !== null) return;
    entries += 1;
    if (entries > LIMITS.zipEntries) {
      stopped = `the zip holds more than ${formatCount(LIMITS.zipEntries)} entries; the rest were not read`;
      return;
    }
    if (/\.zip$/i.test(file.name)) {
      refused.push({ name, reason: 'a zip inside a zip is not read; drop it on its own' });
      return;
    }
    if (!/\.json$/i.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    file.ondata = (error, chunk, final) => {
      if (error) {
        refused.push({ name, reason: 'it is damaged inside the zip' });
        return;
      }
      if (tooLarge || stopped !== null) return;
      size += chunk.length;
      inflated += chunk.length;
      if (inflated > LIMITS.zipInflatedBytes) {
        stopped = `the zip inflates to more than ${formatBytes(LIMITS.zipInflatedBytes)}; the rest was not read`;
        file.terminate();
        return;
      }
      if (size > LIMITS.resultBytes) {
        tooLarge = true;
        refused.push({
          name,
          reason: `it is larger than ${formatBytes(LIMITS.resultBytes)}, the most a result file may be`,
        });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      const all = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      try {
        files.push({ name, text: decoder.decode(all) });
      } catch {
        refused.push({ name, reason: 'it is not text (UTF-8)' });
      }
    };
    try {
      file.start();
    } catch {
      refused.push({ name, reason: 'it is compressed in a way Rapport does not read' });
    }
  };
  try {
    unzip.push(bytes, true);
  } catch {
    if (files.length === 0 && refused.length === 0)
      return { files, refused, problem: 'it is not a zip file, or it is damaged' };
    refused.push({ name: zipName, reason: 'the zip is damaged past this point' });
  }
  if (stopped !== null) refused.push({ name: zipName, reason: stopped });
  if (files.length === 0 && refused.length === 0 && entries === 0)
    return { files, refused, problem: 'it is not a zip file, or it holds no files' };
  return { files, refused, problem: null };
}
