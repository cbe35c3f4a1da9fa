export * from './scenario.schema.ts';
export { scenarioHash, canonicalJson } from './hash.ts';
