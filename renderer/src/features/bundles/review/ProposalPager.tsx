import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BoxItem, DecisionKind } from '../../../../../shared/schemas/redaction-review';
import { formatDateTime } from '../../../../../shared/time/format';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { exhibitsOf, nextToDecide, pageToShow, proposalPages } from './proposal-pages';
import { usePageImage } from './usePageImage';

interface Props {
  boxes: readonly BoxItem[];
  busy: boolean;
  onDecide: (key: string, decision: DecisionKind) => Promise<boolean>;
  /** Several boxes in one decision (redaction:decideBoxes): each exhibit's copy is made once, not once per box. */
  onDecideMany: (keys: string[], decision: 'accept' | 'reject') => Promise<boolean>;
}

/**
 * The boxes proposed on exhibits, one page at a time (issue 16): a 300-page scan may propose a box on
 * every page, and showing them all at once drew every page's image together. The page shown is the first
 * with something to decide; Previous / Next (or ← / → anywhere in the pager) step through the pages, "Next
 * page to decide" skips those done, "Go to exhibit" jumps, and "Accept all on this page" accepts the
 * page's undecided boxes in one request (each still recorded as its own decision, as the single buttons do).
 */
export function ProposalPager({ boxes, busy, onDecide, onDecideMany }: Props) {
  const pages = proposalPages(boxes);
  const [wanted, setWanted] = useState<string | null>(null);
  const [accepting, setAccepting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const index = pageToShow(pages, wanted);
  const current = pages[index];
  useEffect(() => {
    // After a move, the new page's heading takes the focus: it is announced, and ← / → keep working.
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [current?.key]);
  if (!current) return null;

  const go = (i: number | null) => {
    if (i === null || i < 0 || i >= pages.length) return;
    moved.current = true;
    setWanted(pages[i]!.key);
  };
  const next = nextToDecide(pages, index);
  const open = boxes.filter((b) => !b.decision).length;
  const openHere = current.items.filter((b) => !b.decision);
  const acceptAllHere = async () => {
    setAccepting(true);
    try {
      await onDecideMany(openHere.map((b) => b.key), 'accept');
    } finally {
      setAccepting(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).closest('select, input, textarea')) return;
    if (e.key === 'ArrowRight') go(index + 1);
    else if (e.key === 'ArrowLeft') go(index - 1);
    else return;
    e.preventDefault();
  };
  const exhibits = exhibitsOf(pages);
  const disabled = busy || accepting;

  return (
    <div role="group" aria-label="Boxes proposed on the exhibits, page by page" className="exhibit-boxes__pager" onKeyDown={onKeyDown}>
      <p className="exhibit-boxes__where" aria-live="polite">
        {`Page ${index + 1} of ${pages.length} with proposed boxes. ${open === 0 ? 'Every box is decided.' : `${open} of ${boxes.length} boxes still to decide`}${open && pages.length > 1 ? ` on ${pages.filter((p) => p.open).length} ${pages.filter((p) => p.open).length === 1 ? 'page' : 'pages'}.` : open ? '.' : ''}`}
      </p>
      <div className="button-row">
        <Button small variant="secondary" disabled={index === 0} onClick={() => go(index - 1)} aria-keyshortcuts="ArrowLeft">
          Previous page
        </Button>
        <Button small variant="secondary" disabled={index === pages.length - 1} onClick={() => go(index + 1)} aria-keyshortcuts="ArrowRight">
          Next page
        </Button>
        <Button small variant="secondary" disabled={next === null} onClick={() => go(next)}>
          Next page to decide
        </Button>
        <Button small disabled={disabled || openHere.length === 0} busy={accepting} busyLabel="Accepting…" onClick={() => void acceptAllHere()}>
          {openHere.length > 1 ? `Accept all ${openHere.length} on this page` : 'Accept all on this page'}
        </Button>
      </div>
      {exhibits.length > 1 && (
        <SelectField
          id="exhibit-boxes-exhibit"
          label="Go to exhibit"
          value={String(current.evidenceId)}
          onChange={(v) => go(exhibits.find((e) => String(e.evidenceId) === v)?.first ?? null)}
          options={exhibits.map((e) => ({ value: String(e.evidenceId), label: `${e.exhibit}: ${e.pages} ${e.pages === 1 ? 'page' : 'pages'}, ${e.open ? `${e.open} to decide` : 'all decided'}` }))}
        />
      )}
      {/* One item: the page shown, as each passage of the text review is an item of its list. */}
      <ol className="review-list">
        <li className={`review-passage${openHere.length ? ' review-passage--open' : ''}`}>
          <h4 className="review-passage__where" ref={heading} tabIndex={-1}>
            {current.exhibit}, page {current.page} {current.items[0]!.source === 'ocr' ? '(read by OCR)' : ''}
          </h4>
          <PageWithBoxes item={current.items[0]!} boxes={current.items} />
          <ul className="review-passage__findings">
            {current.items.map((b) => (
              <li key={b.key}>
                <span className="review-passage__label">“{b.words}”</span>: the {b.detail} of {b.person} ({b.reason}).{' '}
                {b.decision ? `${b.decision.kind === 'accept' ? 'Box accepted' : 'Rejected: left as it is'} by ${b.decision.decidedBy} on ${formatDateTime(b.decision.decidedAt)}.` : 'Not decided yet.'}{' '}
                <span className="button-row">
                  <Button small disabled={disabled || b.decision?.kind === 'accept'} onClick={() => void onDecide(b.key, 'accept')} aria-label={`Accept the box over “${b.words}” on ${b.exhibit} page ${b.page}`}>
                    Accept box
                  </Button>
                  <Button small variant="secondary" disabled={disabled || b.decision?.kind === 'reject'} onClick={() => void onDecide(b.key, 'reject')} aria-label={`Reject the box over “${b.words}” on ${b.exhibit} page ${b.page}`}>
                    Reject
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </li>
      </ol>
    </div>
  );
}

/** The page as main draws it (evidence:pageImage), the proposed boxes outlined over it (filled once accepted). */
function PageWithBoxes({ item, boxes }: { item: BoxItem; boxes: readonly BoxItem[] }) {
  const image = usePageImage(item.evidenceId, item.page);
  const data = image.data;
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  if (image.isError) return <p>The page could not be shown: {image.error.message}</p>;
  if (!data) return <p role="status">Drawing the page…</p>;
  return (
    <div className="box-drawer__page exhibit-boxes__page" style={{ aspectRatio: `${item.pageWidth} / ${item.pageHeight}` }}>
      <img src={data.url} alt={`Page ${item.page} of ${item.exhibit}, with the proposed boxes outlined`} />
      {boxes.flatMap((b) =>
        b.boxes.map((x, i) => (
          <div
            key={`${b.key}-${i}`}
            className={`exhibit-boxes__box exhibit-boxes__box--${b.decision?.kind ?? 'open'}`}
            style={{ left: pct(x.x, item.pageWidth), top: pct(x.y, item.pageHeight), width: pct(x.width, item.pageWidth), height: pct(x.height, item.pageHeight) }}
          />
        )),
      )}
    </div>
  );
}
