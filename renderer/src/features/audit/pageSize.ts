/** How many of the latest audit events the Audit log page shows. (Viewing them is itself recorded in the log.) */
export const AUDIT_PAGE_SIZE = 100;
