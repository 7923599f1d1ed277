import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UnsentLetter } from '../../../../shared/schemas/sending';
import { formatDateTime } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { caseHref } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { lettersHref } from '../documents';
import type { Scope } from './ScopeControl';
import { SectionPager } from './SectionPager';

interface Props {
  scope: Scope;
  partner: string | null;
  officer: number | 'unassigned' | null;
}

const PAGE = 50;

/**
 * "Letters made but not sent" (issue 17): a letter meets its deadline only once it is recorded as sent, so
 * one left on file is work still to do. Oldest first, in the dashboard's scope; each links to the case's
 * letters, where it is printed and recorded as sent.
 */
export function UnsentLetters({ scope, partner, officer }: Props) {
  const [offset, setOffset] = useState(0);
  const [asked, setAsked] = useState({ scope, partner, officer });
  if (asked.scope !== scope || asked.partner !== partner || asked.officer !== officer) {
    // Another scope or officer starts again at the first page.
    setAsked({ scope, partner, officer });
    setOffset(0);
  }
  const unsent = useQuery({ ...hearthQuery('document:unsent', { scope, partner: scope === 'partner' ? partner : null, officer: scope === 'mine' ? null : officer, offset, limit: PAGE }), placeholderData: keepPreviousData });
  const total = unsent.data?.total ?? 0;
  const title = 'Letters made but not sent';
  return (
    <section className="due-section due-section--unsent" aria-labelledby="unsent-heading">
      <h2 id="unsent-heading">
        {title} <span className={total ? 'due-section__count due-section__count--some' : 'due-section__count'}>{total}</span>
      </h2>
      {unsent.isPending && <p>Loading the letters…</p>}
      {unsent.isError && (
        <Notice tone="error" title="The letters could not be loaded">
          <p>{unsent.error.message}</p>
        </Notice>
      )}
      {unsent.isSuccess && total === 0 && (
        <p className="due-section__empty">
          <span aria-hidden="true">✓ </span>Every letter made has been recorded as sent.
        </p>
      )}
      {unsent.isSuccess && total > 0 && (
        <>
          <p className="secondary-text">A letter meets its deadline when it is recorded as sent, not when it is made. Oldest first.</p>
          <DataTable
            className="due-table"
            caption={`${title}: ${total}`}
            captionHidden
            rows={unsent.data.letters}
            rowKey={(l: UnsentLetter) => l.documentId}
            columns={[
              {
                header: 'Case',
                rowHeader: true,
                className: 'nowrap',
                cell: (l) => (
                  <>
                    <a href={caseHref(l.caseId)}>{l.ref}</a>
                    {l.restricted && <span className="tag due-row__restricted">Restricted</span>}
                  </>
                ),
              },
              {
                header: 'Letter',
                cell: (l) => (
                  <>
                    {l.title.replace(` — ${l.ref}`, '')}
                    {!l.restricted && <span className="secondary-text"> to {l.recipient}</span>}
                    <br />
                    <a href={lettersHref(l.caseId)}>
                      Print or record as sent<span className="visually-hidden"> on case {l.ref}</span>
                    </a>
                  </>
                ),
              },
              { header: 'Made', className: 'nowrap', cell: (l) => <>{formatDateTime(l.createdAt)}<br /><span className="secondary-text">{l.createdBy}</span></> },
              { header: 'Officer', cell: (l) => l.ownerName ?? <span className="secondary-text">Not assigned</span> },
            ]}
          />
          <SectionPager title={title} offset={unsent.data.offset} shown={unsent.data.letters.length} total={total} pageSize={PAGE} onPage={setOffset} />
        </>
      )}
    </section>
  );
}
