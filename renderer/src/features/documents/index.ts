export { CaseDocumentsPanel } from './CaseDocumentsPanel';
export { LettersPage } from './LettersPage';
