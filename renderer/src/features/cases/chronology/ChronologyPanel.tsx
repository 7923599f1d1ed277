import { useState } from 'react';
import type { CaseHeader, ChronologyItem, ChronologyKind } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { ChronologyTable } from './ChronologyTable';
import { KindFilter } from './KindFilter';
import { kindRank, kindOrder } from './kinds';

interface Props {
  header: CaseHeader;
  items: readonly ChronologyItem[];
}

/** Everything on the case in time order, filtered by kind, and printable with the case header. */
export function ChronologyPanel({ header, items }: Props) {
  const present = kindOrder(items.map((i) => i.kind));
  const [hidden, setHidden] = useState<readonly ChronologyKind[]>([]);
  const shown = [...items].filter((i) => !hidden.includes(i.kind)).sort((a, b) => a.at.localeCompare(b.at) || kindRank(a.kind) - kindRank(b.kind));
  return (
    <section className="panel chronology" aria-labelledby="chronology-heading">
      <div className="panel__head">
        <h2 id="chronology-heading">Chronology</h2>
        <Button small variant="secondary" className="no-print" onClick={() => window.print()}>
          Print the chronology
        </Button>
      </div>
      {present.length > 1 && <KindFilter kinds={present} items={items} hidden={hidden} onChange={setHidden} />}
      {shown.length === 0 ? <p className="secondary-text">Nothing to show: tick at least one kind of entry.</p> : <ChronologyTable caseRef={header.ref} items={shown} />}
    </section>
  );
}
