/** The ASB Case Review on a case (issue 20): loaded only when a case is opened (React.lazy in cases/view/CaseScreen). */
export { CaseReviewPanel } from './CaseReviewPanel';
export { CaseReviewPanel as default } from './CaseReviewPanel';
// Issue 20: a partner's threshold versions, on the Service standards screen (managers) and the Partners screen (administrators).
export { ThresholdPanel } from './ThresholdPanel';
export { CaseReviewThresholds } from './CaseReviewThresholds';
