export { CaseDocumentsPanel } from './CaseDocumentsPanel';
export { LettersPage } from './LettersPage';
export { lettersHref } from './routes';
