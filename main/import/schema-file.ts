import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJsonSchema } from '../../shared/schemas/import';

/**
 * docs/import-format.schema.json is generated from the zod schema (shared/schemas/import.ts), never
 * edited by hand: `npm run import-schema` rewrites it, and test/integration/import/schema.test.ts fails
 * when the committed file and the schema drift apart.
 */
export const IMPORT_SCHEMA_FILE = join(__dirname, '..', '..', 'docs', 'import-format.schema.json');

export function importSchemaText(): string {
  return `${JSON.stringify(importJsonSchema(), null, 2)}\n`;
}

if (typeof require !== 'undefined' && require.main === module) {
  writeFileSync(IMPORT_SCHEMA_FILE, importSchemaText());
  process.stdout.write(`Wrote ${IMPORT_SCHEMA_FILE}\n`);
}
