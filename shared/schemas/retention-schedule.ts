import { z } from 'zod';
import { RetentionRule, RetentionSchedule } from '../retention/schedule';

/** A partner's retention schedule, shown and added to in the app (issue 21). */
export const SchedulePartnerInput = z.object({ partner: z.string().trim().min(1, 'Choose the partner.') }).strict();

export const ScheduleVersion = RetentionSchedule.extend({
  /** Who added it and when; null for the group's default, which is part of Hearth. */
  createdBy: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type ScheduleVersion = z.infer<typeof ScheduleVersion>;

export const ScheduleView = z.object({
  partner: z.string(),
  /** The version the partner's cases are judged by now: its own latest, else the group's. */
  inForce: ScheduleVersion,
  /** Every version that applies or applied to the partner (the group's and its own), newest first. */
  versions: z.array(ScheduleVersion),
  /** Rules of the version in force that would dispose before the monitoring period ends. */
  warnings: z.array(z.string()),
});
export type ScheduleView = z.infer<typeof ScheduleView>;

export const SetScheduleInput = z
  .object({
    partner: z.string().trim().min(1, 'Choose the partner.'),
    rules: z.array(RetentionRule).min(1, 'A schedule needs at least one rule.').max(20),
  })
  .strict();
export type SetScheduleInput = z.infer<typeof SetScheduleInput>;

export const ScheduleSaved = z.object({ scheduleId: z.string(), version: z.number().int(), warnings: z.array(z.string()) });
export type ScheduleSaved = z.infer<typeof ScheduleSaved>;
