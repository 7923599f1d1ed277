import { z } from 'zod';
import { PHONE_PLACE } from '../languages/interpreter-notices';

/** The interpreter notice's translations as an administrator sees and corrects them (issue 19). */

export const NoticeLanguageView = z.object({
  name: z.string(),
  code: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  script: z.string(),
  text: z.string(),
  source: z.string(),
  checked: z.boolean(),
  /** 0: the words supplied with Hearth; else the workspace's version in use. */
  version: z.number().int().min(0),
  history: z.array(z.object({ version: z.number().int(), reverted: z.boolean(), checked: z.boolean(), source: z.string(), createdBy: z.string(), createdAt: z.string() })),
});
export type NoticeLanguageView = z.infer<typeof NoticeLanguageView>;

export const NoticeListOutput = z.object({ english: z.string(), languages: z.array(NoticeLanguageView) });

export const NoticeSaveInput = z.discriminatedUnion('revert', [
  z.object({
    revert: z.literal(false),
    language: z.string().min(1).max(60),
    text: z
      .string()
      .trim()
      .min(10, 'Write the notice in the language.')
      .max(600)
      .refine((t) => t.includes(PHONE_PLACE), `Keep ${PHONE_PLACE} where the telephone number goes.`),
    source: z.string().trim().min(3, 'Say who translated or checked it.').max(200),
    checked: z.boolean(),
  }),
  z.object({ revert: z.literal(true), language: z.string().min(1).max(60) }),
]);
export type NoticeSaveInput = z.infer<typeof NoticeSaveInput>;

export const NoticeSaved = z.object({ version: z.number().int() });
