import { SkipLink } from '../../components/SkipLink';
import { useHashRoute } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { navItemsFor } from './navigation';
import { NavMenu } from './NavMenu';
import { ShellHeader } from './ShellHeader';

/** The signed-in frame: header, the navigation this person may use, and the current page. */
export function Shell() {
  const { session } = useSession();
  const route = useHashRoute();
  const items = navItemsFor(session.permissions);
  // An unknown page, or one this person may not open, falls back to the first (Home).
  const current = items.find((item) => item.id === route) ?? items[0];

  return (
    <div className="shell">
      <SkipLink />
      <ShellHeader />
      <div className="shell__body">
        <NavMenu items={items} currentId={current?.id ?? null} />
        <main id="main" tabIndex={-1} className="shell__main">
          <div className="page" key={current?.id}>
            {current?.render()}
          </div>
        </main>
      </div>
    </div>
  );
}
