import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    // @xstate/svelte would otherwise resolve to its CommonJS build and load a second svelte.
    resolve: { conditions: ['module', 'browser', 'development|production'] },
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      environment: 'node',
      pool: 'forks',
      // Only against a hang: a busy machine makes tests slow, and slow is not a failure.
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
