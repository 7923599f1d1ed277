import type { z } from 'zod';

/** The shared schema's own words for what is wrong with one answer, or null when it is right. */
export function problemWith(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This is not right.');
}
