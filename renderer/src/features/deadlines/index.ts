export { CaseDeadlinesPanel } from './CaseDeadlinesPanel';
export { DeadlinesPage } from './DeadlinesPage';
export { useCaseDeadlines } from './hooks/useCaseDeadlines';
