import { compileAll } from './patterns.ts';

/**
 * The built-in word lists the analyzers share, in the phrase language of `patterns.ts`. Each list
 * comes from how the guides phrase the matter and how students actually say it.
 */

/** Indirect questions: "I'm curious how...", "I'd love to hear about...". */
export const INDIRECT_ASKS = compileAll([
  "i'd love to hear|know|learn",
  'i would love to hear|know|learn',
  "i'm curious",
  'i am curious',
  'i was wondering',
  'i wonder',
  "i'd .. appreciate any",
  'i would .. appreciate any',
  'please tell',
  'tell me',
  'walk me through',
  'any tips',
  'any advice',
  'please share',
  "i'd like to know|hear",
]);

export const JOB_NOUNS = new Set([
  'job',
  'jobs',
  'position',
  'positions',
  'internship',
  'internships',
  'opening',
  'openings',
  'vacancy',
  'vacancies',
  'employment',
  'interns',
  'intern',
]);

export const NEGATIONS = new Set(['not', 'never', 'no', "n't"]);
