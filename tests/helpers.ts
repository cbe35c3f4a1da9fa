import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../src/domain/scenario/loader.ts';
import type { Scenario } from '../src/domain/scenario/scenario.schema.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

/** Loads a scenario from scenarios/ by id, failing the test with its issues if it is invalid. */
export function loadScenario(id: string): { scenario: Scenario; hash: string } {
  const loaded = loadScenarioText(
    readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'),
    `${id}.yaml`,
  );
  if (!loaded.ok)
    throw new Error(loaded.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('\n'));
  return loaded;
}

/**
 * Questions a student asks the PR director of pr-phone-referral, one topic each, most important
 * first: the conversation tests take as many as they need.
 */
export const PR_QUESTIONS: readonly string[] = [
  'What does a typical day look like for you?',
  'Which skills matter most for someone starting out in PR?',
  'What entry-level titles should I look for in postings?',
  'How do you see the field changing over the next few years?',
  'What do you enjoy most about your work, and what is hardest?',
  'Which professional associations would you recommend?',
  'How did you move from reporting into PR?',
  'What advice would you give someone starting in this field?',
  'What is the culture like at an agency?',
  'Where in the country are most PR jobs?',
  'What do people generally earn when they start out?',
  'What would you do differently if you started again?',
  'How important is a graduate degree in communications?',
  'Which skills are hardest to learn on the job?',
  'How do agencies train new account coordinators?',
  'Is there a conference a student should attend?',
  'How do you keep up with changes in the media?',
  'What is the hardest kind of client to work with?',
  'What surprised you most when you moved into PR?',
  'What does a junior person do in their first year?',
];
