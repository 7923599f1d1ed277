/** The ASB Case Review on a case (issue 20): loaded only when a case is opened (React.lazy in cases/view/CaseScreen). */
export { CaseReviewPanel } from './CaseReviewPanel';
export { CaseReviewPanel as default } from './CaseReviewPanel';
