/**
 * The deadlines feature's SQL, one face for main/standards/ (its queries are large, so they live under
 * db/queries/standards/): profiles and their versions, the facts the engine reads and the two tables the
 * feature writes itself (standard_facts, due_waivers), action plans, and the stored due items the
 * recompute writes and the dashboard reads.
 */
export * from '../db/queries/standards/due-items';
export * from '../db/queries/standards/facts';
export * from '../db/queries/standards/plans';
export * from '../db/queries/standards/profiles';
export * from '../db/queries/standards/dashboard';
