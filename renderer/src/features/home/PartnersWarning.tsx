import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { Notice } from '../../ui/Notice';
import { missingForLetters, partnerHref, partnersHref } from '../partners';

/** For administrators (issue 17): active partners whose letters cannot be made yet, each linked to its form. */
export function PartnersWarning() {
  const partners = useQuery(hearthQuery('partners:list', {}));
  const lacking = (partners.data ?? []).filter((p) => p.active && missingForLetters(p).length > 0);
  if (!lacking.length) return null;
  return (
    <Notice tone="warning" title={`${lacking.length} partner${lacking.length === 1 ? '' : 's'} cannot have letters made yet`}>
      <p>Letters print the partner’s address, telephone number and e-mail. Add them on the <a href={partnersHref}>Partners screen</a>:</p>
      <ul>
        {lacking.map((p) => (
          <li key={p.code}>
            <a href={partnerHref(p.code)}>{p.name}</a>: needs {missingForLetters(p).join(', ')}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
