import { Button } from '../../ui/Button';

interface Props {
  title: string;
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onPage: (offset: number) => void;
}

/** "Showing 51–100 of 276" with the previous and next pages: nothing is cut off without saying so. */
export function SectionPager({ title, offset, shown, total, pageSize, onPage }: Props) {
  if (total <= pageSize && offset === 0) return null;
  const from = shown ? offset + 1 : 0;
  return (
    <nav className="due-pager" aria-label={`${title}: pages`}>
      <p className="due-pager__where">
        Showing {from}–{offset + shown} of {total}
      </p>
      <Button small variant="secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        Previous<span className="visually-hidden"> {pageSize} in {title}</span>
      </Button>
      <Button small variant="secondary" disabled={offset + pageSize >= total} onClick={() => onPage(offset + pageSize)}>
        Next<span className="visually-hidden"> {pageSize} in {title}</span>
      </Button>
    </nav>
  );
}
