import type { Tenure } from '../../../../../shared/domain/vocabulary';

/** Tenures that make someone a tenant, who can be responsible for a household member or visitor (P3.8). */
const TENANT_TENURES: readonly string[] = ['secure', 'assured', 'starter'] satisfies Tenure[];

export const isTenant = (tenure: string | null) => tenure !== null && TENANT_TENURES.includes(tenure);
