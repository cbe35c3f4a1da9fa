import { open } from 'node:fs/promises';
import { formatBytes } from '../domain/limits/index.ts';

/**
 * Reading a file or standard input with a byte limit: reading stops at the limit plus one byte, so
 * an endless input (`/dev/zero`, a pipe that never closes) or a huge file is refused at once
 * instead of being read whole first (docs/formats.md, "Limits").
 */

export class CliError extends Error {}

let bytesTaken = 0;

/**
 * Bytes read from inputs since this module loaded. It only grows; a test reads it before and after
 * a command to show that reading stopped at the limit.
 */
export function bytesRead(): number {
  return bytesTaken;
}

/** How an input is named in messages. */
export function inputName(source: string): string {
  return source === '-' ? 'standard input' : source;
}

const PIECE = 64 * 1024;

export interface Limit {
  /** The most bytes the input may have. */
  bytes: number;
  /** The message when it has more: "larger than 2 MB, the most ... may be". */
  tooLarge?: string;
  /** What to do instead, said after the refusal. */
  hint?: string;
}

function tooLarge(source: string, limit: Limit): CliError {
  return new CliError(
    `${inputName(source)}: ${limit.tooLarge ?? `larger than ${formatBytes(limit.bytes)}`}; reading stopped there${limit.hint ? ` (${limit.hint})` : ''}`,
  );
}

function unreadable(source: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const name = inputName(source);
  if (code === 'ENOENT') return new CliError(`${name}: no such file`);
  if (code === 'EISDIR') return new CliError(`${name}: is a folder, not a file`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError(`${name}: cannot be read (permission denied)`);
  }
  return new CliError(`${name}: cannot be read (${code ?? String(error)})`);
}

const decoder = new TextDecoder('utf-8');

async function readFileLimited(path: string, limit: Limit): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(limit.bytes + 1);
  let filled = 0;
  let handle;
  try {
    handle = await open(path, 'r');
    while (filled < buffer.length) {
      const { bytesRead: got } = await handle.read(
        buffer,
        filled,
        Math.min(PIECE, buffer.length - filled),
        null,
      );
      if (got === 0) break;
      filled += got;
      bytesTaken += got;
    }
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    await handle?.close();
  }
  if (filled > limit.bytes) throw tooLarge(path, limit);
  return buffer.subarray(0, filled);
}

async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  limit: Limit,
): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let total = 0;
  try {
    for await (const piece of stream) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece);
      // Keep only what fits in the limit plus one byte: that byte is enough to refuse.
      const kept = bytes.subarray(0, limit.bytes + 1 - total);
      pieces.push(kept);
      total += kept.length;
      bytesTaken += kept.length;
      if (total > limit.bytes) break;
    }
  } catch (error) {
    throw unreadable('-', error);
  }
  if (total > limit.bytes) throw tooLarge('-', limit);
  return Buffer.concat(pieces, total);
}

/**
 * Reads `source` (a path, or `-` for `stdin`) as UTF-8 text of at most `limit.bytes` bytes. A byte
 * order mark is dropped; bytes that are not UTF-8 become U+FFFD.
 */
export async function readLimited(
  source: string,
  limit: Limit,
  stdin: () => AsyncIterable<Uint8Array | string>,
): Promise<string> {
  const bytes =
    source === '-' ? await readStreamLimited(stdin(), limit) : await readFileLimited(source, limit);
  return decoder.decode(bytes);
}
