import type { DashboardView } from '../../../../shared/schemas/standards';

/** One line of the deadlines dashboard: a due item with its case. */
export type DashboardLine = DashboardView['overdue'][number];
