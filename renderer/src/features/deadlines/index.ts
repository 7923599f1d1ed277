export { CaseDeadlinesPanel } from './CaseDeadlinesPanel';
export { DeadlinesPage } from './DeadlinesPage';
