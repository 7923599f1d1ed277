import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PartnerView } from '../../../../shared/schemas/partners';
import { hearthQuery } from '../../api/queries';
import { subPathOf, useHashPath } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { PartnerForm } from './PartnerForm';
import { useSession } from '../../hooks/useSession';
import { ThresholdPanel } from '../case-review';
import { missingForLetters } from './partnerValues';
import { partnerHref } from './routes';

/**
 * Organisation set-up (issue 17), for administrators: each partner's letterhead, the name letters are
 * signed for, and the homes it manages. #/partners lists them; #/partners/C33 edits one.
 */
export function PartnersPage() {
  const partners = useQuery(hearthQuery('partners:list', {}));
  const chosen = subPathOf(useHashPath(), 'partners');
  const [saved, setSaved] = useState<string | null>(null);
  const current = partners.data?.find((p) => p.code === chosen) ?? null;
  const { can } = useSession();

  return (
    <>
      <div className="page__header">
        <Heading>Partners</Heading>
        <p>The details every letter prints at its head and signs for, and the homes each partner manages.</p>
      </div>
      <div aria-live="polite">{saved && <Notice tone="success"><p>{saved}</p></Notice>}</div>
      {partners.isPending && <p>Loading the partners…</p>}
      {partners.isError && <Notice tone="error" title="The partners could not be loaded"><p>{partners.error.message}</p></Notice>}
      {partners.isSuccess && <PartnersTable partners={partners.data} current={current?.code ?? null} />}
      {current && (
        <section className="panel" key={current.code}>
          <PartnerForm partner={current} onSaved={(p) => setSaved(`Saved ${p.name} (${p.code}). Letters and reports use the new details from now on.`)} />
        </section>
      )}
      {current && can('caseReview.thresholds') && <ThresholdPanel key={`threshold-${current.code}`} partner={current.code} />}
    </>
  );
}

function PartnersTable({ partners, current }: { partners: readonly PartnerView[]; current: string | null }) {
  return (
    <DataTable
      caption={`${partners.length} partners`}
      rows={partners}
      rowKey={(p) => p.code}
      columns={[
        { header: 'Partner', rowHeader: true, cell: (p) => `${p.name} (${p.code})${p.active ? '' : ' – inactive'}` },
        { header: 'Telephone', className: 'nowrap', cell: (p) => p.phone || '–' },
        { header: 'Homes', className: 'nowrap', cell: (p) => (p.homes ? p.homes.toLocaleString('en-GB') : '–') },
        {
          header: 'Letters',
          cell: (p) => {
            const missing = missingForLetters(p);
            return missing.length ? <span className="tag tag--warning">Needs {missing.join(', ')}</span> : <span className="tag">Ready</span>;
          },
        },
        {
          header: 'Edit',
          cell: (p) => (
            <a href={partnerHref(p.code)} aria-current={p.code === current ? 'page' : undefined}>
              Edit<span className="visually-hidden"> {p.name}</span>
            </a>
          ),
        },
      ]}
    />
  );
}
