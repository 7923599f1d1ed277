import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_SCHEMA_FILE, importSchemaText } from '../../../main/import/schema-file';

describe('the import format’s JSON Schema', () => {
  it('is committed exactly as generated from the zod schema (run `npm run import-schema` after changing it)', () => {
    expect(readFileSync(IMPORT_SCHEMA_FILE, 'utf8')).toBe(importSchemaText());
  });

  it('describes the fields the issue names, with the import’s own names for references to people', () => {
    const schema = JSON.parse(importSchemaText()) as { required: string[]; properties: { cases: { items: { properties: Record<string, { items?: { properties: Record<string, unknown> } }> } } } };
    expect(schema.required).toEqual(['cases']);
    const item = schema.properties.cases.items.properties;
    expect(Object.keys(item)).toEqual(expect.arrayContaining(['partner', 'receivedAt', 'method', 'category', 'location', 'flags', 'motivation', 'parties', 'incidents', 'consents', 'contacts', 'notes', 'ownerUsername', 'status', 'closedAt']));
    expect(Object.keys(item.incidents!.items!.properties)).toContain('reportedBy');
    expect(Object.keys(item.incidents!.items!.properties)).not.toContain('reportedByKey');
    expect(Object.keys(item.consents!.items!.properties)).toContain('party');
  });
});
