import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../api/queries';
import { useSession } from './useSession';

/**
 * The active partners this person works for (P1.1), for choosing a report's partner or filtering lists:
 * offering others would only lead to "You do not work for partner X" from the server.
 */
export function useMyPartners() {
  const { session } = useSession();
  return useQuery({
    ...hearthQuery('partners:list', {}),
    select: (partners) => partners.filter((p) => p.active && session.partners.includes(p.code)),
  });
}
