import { oneLine } from './output.ts';
import { describeError, run, type CliIo } from './run.ts';

/**
 * The `rapport` command line's entry point: the process around `run`. A reader that goes away
 * (`rapport play ... | head`) ends the command quietly, and nothing, not even an error no command
 * expected, ends it with a stack trace.
 */

function isBrokenPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

function quit(error: unknown): void {
  if (isBrokenPipe(error)) {
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  }
  if (!process.stderr.destroyed) {
    process.stderr.write(`${oneLine(`rapport: ${describeError(error)}`)}\n`);
  }
  process.exit(1);
}

process.stdout.on('error', quit);
process.stderr.on('error', quit);
process.on('uncaughtException', quit);
process.on('unhandledRejection', quit);

const io: CliIo = {
  write(chunk) {
    if (process.stdout.destroyed || !process.stdout.writable) return false;
    process.stdout.write(chunk);
    return !process.stdout.destroyed;
  },
  error(line) {
    if (!process.stderr.destroyed) process.stderr.write(`${line}\n`);
  },
  stdin: () => process.stdin,
};

process.exitCode = await run(process.argv.slice(2), io);
