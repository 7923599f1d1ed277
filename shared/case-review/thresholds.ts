import { z } from 'zod';

/**
 * The local threshold for an ASB Case Review as versioned data, like the service-standard profiles
 * (shared/standards/default-profiles.ts): the relevant bodies of each area set it in their review
 * procedures (Anti-social Behaviour, Crime and Policing Act 2014, s.104(2)–(5)), and an application is
 * judged by the version in force when it was received.
 *
 * s.104(4): where "at least three (or, if a different number is specified in the review procedures, at
 * least that number of) qualifying complaints have been made about the anti-social behaviour to which the
 * application relates, the relevant bodies must decide that the threshold for a review is met." So a
 * count above three is refused here. A qualifying complaint is one made within one month of the behaviour
 * and within the six months before the application (s.104(11)); both periods are data so that an area that
 * counts a longer window can say so, but never a shorter reporting month than the Act's.
 */
export const Threshold = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'A threshold id is lower-case words joined by hyphens.'),
    version: z.number().int().positive(),
    name: z.string().trim().min(3).max(120),
    /** Qualifying complaints that meet the threshold: the Act allows no more than three. */
    count: z.number().int().min(1).max(3, 'The Act (s.104(4)) sets the threshold at no more than three complaints.'),
    /** The window before the application, in calendar months (the guidance: six). */
    windowMonths: z.number().int().min(6, 'The window cannot be shorter than the Act’s six months (s.104(11)).').max(24),
    /** Each complaint made within this many months of the behaviour (the Act: one). */
    reportWithinMonths: z.number().int().min(1).max(12),
    /** Some areas: this many hate incidents (or crimes) in the window meet the threshold on their own. */
    hateIncidents: z.number().int().min(1).max(3).nullable(),
    /** Some areas: a lower count when the victim is vulnerable. */
    vulnerableCount: z.number().int().min(1).max(3).nullable(),
    why: z.string().max(600).default(''),
  })
  .strict()
  .refine((t) => t.vulnerableCount === null || t.vulnerableCount <= t.count, { message: 'The count for a vulnerable victim cannot be higher than the usual count.', path: ['vulnerableCount'] });
export type Threshold = z.infer<typeof Threshold>;

/** The default every partner starts with: the guidance's three complaints in six months. */
export const STATUTORY_THRESHOLD: Threshold = Threshold.parse({
  id: 'statutory',
  version: 1,
  name: 'Three complaints in six months',
  count: 3,
  windowMonths: 6,
  reportWithinMonths: 1,
  hateIncidents: null,
  vulnerableCount: null,
  why: 'The Home Office guidance: the threshold should be no higher than three complaints in the previous six months, each made within one month of the behaviour.',
});

/** A common local variant: one hate incident, or two complaints for a vulnerable victim, also meet it. */
export const HATE_OR_VULNERABLE_THRESHOLD: Threshold = Threshold.parse({
  id: 'hate-or-vulnerable',
  version: 1,
  name: 'Three complaints in six months, one hate incident, or two for a vulnerable victim',
  count: 3,
  windowMonths: 6,
  reportWithinMonths: 1,
  hateIncidents: 1,
  vulnerableCount: 2,
  why: 'Areas that add to the guidance’s three complaints: one hate incident meets the threshold, and so do two complaints when the victim is vulnerable.',
});

export const DEFAULT_THRESHOLDS: readonly Threshold[] = [STATUTORY_THRESHOLD, HATE_OR_VULNERABLE_THRESHOLD];
export const DEFAULT_THRESHOLD_ID = STATUTORY_THRESHOLD.id;

/** The threshold's rule in one sentence, for the screen and the letters. */
export function thresholdWords(t: Threshold): string {
  const base = `${t.count} complaint${t.count === 1 ? '' : 's'} in ${t.windowMonths} months, each made within ${t.reportWithinMonths === 1 ? 'one month' : `${t.reportWithinMonths} months`} of the behaviour`;
  const extra = [t.hateIncidents ? `${t.hateIncidents} hate incident${t.hateIncidents === 1 ? '' : 's'}` : null, t.vulnerableCount ? `${t.vulnerableCount} for a vulnerable victim` : null].filter(Boolean);
  return extra.length ? `${base}; or ${extra.join('; or ')}` : base;
}
