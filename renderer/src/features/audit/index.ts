export { AuditPage } from './AuditPage';
export { AuditVerdict } from './AuditVerdict';
