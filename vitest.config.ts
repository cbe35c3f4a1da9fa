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
    },
  }),
);
