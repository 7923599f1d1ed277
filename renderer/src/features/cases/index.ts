export { CasesPage } from './CasesPage';
export { ReportPage } from './ReportPage';
