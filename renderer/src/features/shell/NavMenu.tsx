import { routeHref } from '../../hooks/useHashRoute';
import type { NavItem } from './navigation';

interface Props {
  items: readonly NavItem[];
  currentId: string | null;
}

export function NavMenu({ items, currentId }: Props) {
  return (
    <nav className="nav" aria-label="Main">
      <ul className="nav__list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="nav__link" href={routeHref(item.id)} aria-current={item.id === currentId ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
