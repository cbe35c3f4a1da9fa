import { z } from 'zod';
import { ScenarioSchema } from '../src/domain/scenario/scenario.schema.ts';

/** The JSON Schema of scenario files, for editor autocompletion; generated from the zod schema. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(
    {
      ...schema,
      title: 'Rapport scenario',
    },
    null,
    2,
  )}\n`;
}
