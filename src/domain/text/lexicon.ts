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
  // Requests for information in statement form (the guides' "I'd be interested in hearing…").
  "(been|keep|always|often|i'm|am) (wondering|wondered)",
  "(i'd|i would|i) (love|appreciate|value|welcome) your (take|thoughts|view|views|opinion|perspective|sense|reaction|advice|input|honest)",
  "(i'd|i would) (appreciate|value|welcome) (hearing|knowing|learning|understanding|a sense|any|some|suggestions|your|a few|a rough|a general)",
  "(i'd|i would) be (grateful|interested|glad) (for|to hear|to know|to learn|in hearing|in knowing|if you)",
  "(i'd|i would) like to (understand|learn|hear|know|find out|get a sense)",
  '(hoping|trying) to (find out|learn|understand|hear|get a sense|figure out|work out)',
  "i was hoping (you|u|you'd) (could|might|would|can|share|tell|say|)",
  "(it would|it'd|it will|would) help (me|) to (know|understand|hear|learn)",
  'your (take|thoughts|view|perspective) on',
  'any (suggestions|recommendations|pointers|ideas) (for|on|about|of)',
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
