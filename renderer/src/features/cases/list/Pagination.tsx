import { Button } from '../../../ui/Button';

interface Props {
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** "Page 2 of 40" with Previous and Next; nothing when everything fits on one page. */
export function Pagination({ page, total, pageSize, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Pages of cases">
      <Button small variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous<span className="visually-hidden"> page</span>
      </Button>
      <p className="pagination__where" aria-live="polite">
        Page {page} of {pages} <span className="secondary-text">({first}–{last} of {total})</span>
      </p>
      <Button small variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next<span className="visually-hidden"> page</span>
      </Button>
    </nav>
  );
}
