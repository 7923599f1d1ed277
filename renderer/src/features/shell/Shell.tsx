import { SkipLink } from '../../ui/SkipLink';
import { pageOf, useHashPath } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { navItemsFor } from './navigation';
import { NavMenu } from './NavMenu';
import { ShellHeader } from './ShellHeader';
import { RecoveryBanner } from '../home';
import { DraftsOffer } from './DraftsOffer';
import { LeaveFormDialog } from './LeaveFormDialog';

/** The signed-in frame: header, the navigation this person may use, and the current page. */
export function Shell() {
  const { session } = useSession();
  const route = pageOf(useHashPath());
  const items = navItemsFor(session.permissions);
  // An unknown page, or one this person may not open, falls back to the first: Deadlines for anyone
  // with case access (issue 4: the first screen after sign-in), otherwise Home.
  const current = items.find((item) => item.id === route) ?? items[0];

  return (
    <div className="shell">
      <SkipLink />
      <ShellHeader />
      <div className="shell__body">
        <NavMenu items={items} currentId={current?.id ?? null} />
        <main id="main" tabIndex={-1} className="shell__main">
          <div className="page" key={current?.id}>
            {/* Until an admin confirms the recovery key was saved, every page says so: it is the only way back in. */}
            {!session.recoveryKeyConfirmed && session.permissions.includes('users.manage') && <RecoveryBanner />}
            <DraftsOffer />
            {current?.render()}
          </div>
        </main>
      </div>
      <LeaveFormDialog />
    </div>
  );
}
