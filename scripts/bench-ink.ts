import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import { build, type Plugin } from 'vite';

/**
 * The page the home page's paint is compared with (issue 15): the same kind of role play written
 * in ink (bench/ink/story.ink) and played by inkjs, a minimal Vite page built here with Vite's
 * defaults. The `.ink` file is compiled to the runtime's JSON at build time, as an ink project
 * ships it. Returns the directory the page was built into.
 */
export async function buildInkPage(): Promise<string> {
  const root = join(import.meta.dirname, '..', 'bench', 'ink');
  const outDir = mkdtempSync(join(tmpdir(), 'rapport-bench-ink-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [inkStories()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

function inkStories(): Plugin {
  return {
    name: 'bench-ink-stories',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const compiler = new Compiler(readFileSync(id, 'utf8'));
      const story = compiler.Compile();
      if (compiler.errors.length > 0) throw new Error(compiler.errors.join('\n'));
      return `export default ${JSON.stringify(story.ToJson())};`;
    },
  };
}
