import type { z } from 'zod';

/** The first message a shared zod schema gives for a value, or null when it passes. */
export function issueOf(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This is not valid.');
}
