import { PARTNERS_SCREEN_FIX } from '../../../../shared/schemas/partners';
import { useSession } from '../../hooks/useSession';
import { partnersHref } from '../partners';

/**
 * A letter that lacks one of its partner's details says which screen puts it right (issue 17): a link for
 * those who may open it, and whom to ask for everyone else.
 */
export function FixLink({ error }: { error: string }) {
  const { can } = useSession();
  if (!error.includes(PARTNERS_SCREEN_FIX)) return null;
  return can('partners.manage') ? (
    <p>
      <a href={partnersHref}>Open the Partners screen</a> to add it.
    </p>
  ) : (
    <p>Ask an administrator to add it on the Partners screen.</p>
  );
}
