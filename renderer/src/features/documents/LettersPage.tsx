import { CaseLetters } from './CaseLetters';
import { FindCase } from './FindCase';
import { useHashPath } from '../../hooks/useHashRoute';
import { lettersRouteOf } from './routes';
import { TemplatesAdmin } from './TemplatesAdmin';
import './documents.css';

/** "Letters": find a case (#/letters), one case's documents (#/letters/123), partners' templates (#/letters/templates). */
export function LettersPage() {
  const route = lettersRouteOf(useHashPath());
  if (route.page === 'case') return <CaseLetters key={route.caseId} caseId={route.caseId} />;
  if (route.page === 'templates') return <TemplatesAdmin />;
  return <FindCase />;
}
