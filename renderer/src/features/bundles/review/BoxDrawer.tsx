import { type PointerEvent, useEffect, useRef, useState } from 'react';
import type { RedactionBox } from '../../../../../shared/schemas/evidence';
import { useChange } from '../../../hooks/useChange';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Notice } from '../../../ui/Notice';
import { usePageImage } from './usePageImage';
import { boxAfterKey, boxFromDrag, centredBox, describeBox, round } from './boxes';

interface Props {
  caseId: number;
  evidenceId: number;
  label: string;
  onSaved: (jobId: string | null) => void;
  onCancel: () => void;
}

/**
 * Boxes drawn by hand on an exhibit's pages (issue 16 §4). The page is drawn by main as the redaction
 * draws it; drag on it with the mouse to add a box, or "Add a box" and move it with the arrow keys
 * (Shift and an arrow to change its size). Saved through evidence:setRedactions, which makes the
 * redacted copy again in the background; the boxes already asked for are kept.
 */
export function BoxDrawer({ caseId, evidenceId, label, onSaved, onCancel }: Props) {
  const [page, setPage] = useState(1);
  const [boxes, setBoxes] = useState<RedactionBox[] | null>(null);
  const [drag, setDrag] = useState<{ from: { x: number; y: number }; to: { x: number; y: number } } | null>(null);
  const [focusBox, setFocusBox] = useState<number | null>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const save = useChange({ caseId });
  const image = usePageImage(evidenceId, page);
  const data = image.data;
  useEffect(() => {
    if (focusBox !== null) document.getElementById(`box-${evidenceId}-${focusBox}`)?.focus();
  }, [focusBox, evidenceId]);

  // The boxes asked for already, until the first change here.
  const all = boxes ?? data?.boxes ?? [];
  const size = data ? { width: data.width, height: data.height } : { width: 1, height: 1 };
  const pointOf = (e: PointerEvent) => {
    const r = overlay.current!.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * size.width, y: ((e.clientY - r.top) / r.height) * size.height };
  };
  const add = (b: RedactionBox | null) => {
    if (!b) return;
    setBoxes([...all, round(b)]);
    setFocusBox(all.length);
  };
  const replace = (i: number, b: RedactionBox) => setBoxes(all.map((x, j) => (j === i ? round(b) : x)));
  const remove = (i: number) => {
    setBoxes(all.filter((_, j) => j !== i));
    setFocusBox(null);
  };
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  const onPage = all.map((b, i) => ({ b, i })).filter(({ b }) => b.page === page);
  const draft = drag ? boxFromDrag(page, drag.from, drag.to, size) : null;
  const asked = data ? { withheld: data.withheld, terms: data.terms } : { withheld: true, terms: [] };

  return (
    <Dialog id="box-drawer" title={`Draw boxes on ${label}`} focusId="box-drawer-add" busy={save.busy} onCancel={onCancel}>
      <p className="bundle-hint">Drag on the page to cover what identifies someone. From the keyboard: “Add a box”, then the arrow keys move it and Shift with an arrow changes its size; Delete removes it.</p>
      {image.isError && (
        <Notice tone="error" title="The page could not be shown">
          <p>{image.error.message}</p>
        </Notice>
      )}
      <div className="box-drawer__toolbar">
        <Button id="box-drawer-add" small variant="secondary" disabled={!data} onClick={() => add(centredBox(page, size))}>
          Add a box
        </Button>
        {data && data.pages > 1 && (
          <>
            <Button small variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </Button>
            <span>
              Page {page} of {data.pages}
            </span>
            <Button small variant="secondary" disabled={page >= data.pages} onClick={() => setPage(page + 1)}>
              Next page
            </Button>
          </>
        )}
      </div>
      {data ? (
        <div className="box-drawer__page" style={{ aspectRatio: `${data.width} / ${data.height}` }}>
          <img src={data.url} alt={`Page ${page} of ${label}`} draggable={false} />
          <div
            ref={overlay}
            className="box-drawer__overlay"
            data-testid="box-drawer-page"
            onPointerDown={(e) => {
              if (e.target !== overlay.current) return;
              overlay.current.setPointerCapture?.(e.pointerId);
              const p = pointOf(e);
              setDrag({ from: p, to: p });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, to: pointOf(e) })}
            onPointerUp={(e) => {
              if (!drag) return;
              add(boxFromDrag(page, drag.from, pointOf(e), size));
              setDrag(null);
            }}
          >
            {onPage.map(({ b, i }) => (
              <button
                key={i}
                id={`box-${evidenceId}-${i}`}
                type="button"
                className="box-drawer__box"
                style={{ left: pct(b.x, size.width), top: pct(b.y, size.height), width: pct(b.width, size.width), height: pct(b.height, size.height) }}
                aria-label={`Box ${i + 1}: ${describeBox(b)}`}
                onKeyDown={(e) => {
                  if (e.key === 'Delete' || e.key === 'Backspace') return remove(i);
                  const next = boxAfterKey(b, e.key, e.shiftKey, e.altKey, size);
                  if (!next) return;
                  e.preventDefault();
                  replace(i, next);
                }}
              />
            ))}
            {draft && <div className="box-drawer__box box-drawer__box--draft" style={{ left: pct(draft.x, size.width), top: pct(draft.y, size.height), width: pct(draft.width, size.width), height: pct(draft.height, size.height) }} />}
          </div>
        </div>
      ) : (
        !image.isError && <p role="status">Drawing the page…</p>
      )}
      <p role="status" aria-live="polite">
        {onPage.length === 1 ? 'One box on this page.' : `${onPage.length} boxes on this page.`} {all.length !== onPage.length ? `${all.length} in all.` : ''}
      </p>
      {onPage.length > 0 && (
        <ul className="box-drawer__list">
          {onPage.map(({ b, i }) => (
            <li key={i}>
              Box {i + 1}: {describeBox(b)}{' '}
              <Button small variant="secondary" onClick={() => remove(i)} aria-label={`Remove box ${i + 1}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {save.error && (
        <Notice tone="error" title="The boxes could not be saved" live>
          <p>{save.error}</p>
        </Notice>
      )}
      <div className="button-row">
        <Button busy={save.busy} busyLabel="Saving…" disabled={!data} onClick={() => void save.run('evidence:setRedactions', { id: evidenceId, boxes: all, ...asked }, (status) => onSaved(status.jobId))}>
          Save the boxes and redact
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={save.busy}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
