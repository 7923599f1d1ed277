import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/cases.css';
import '../../styles/actions.css';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { hearthQuery } from '../../api/queries';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';

/**
 * The legal-action register for legal teams (issue 5): every court action across the cases they may
 * see, with the next hearing, expiry and breaches. A proven injunction breach meets condition 2 of the
 * absolute ground for possession, and the register says so.
 */
export function LegalRegisterPage() {
  const { session } = useSession();
  const [query, setQuery] = useState<ChannelInput<'legal:register'>>({ partner: null, kind: null, status: 'current' });
  const rows = useQuery(hearthQuery('legal:register', query));
  const legal = session.user.role === 'legal';
  return (
    <>
      <div className="page__header">
        <Heading>Legal register</Heading>
        <p>Court actions across {legal ? 'the cases referred to the legal team' : 'your partners’ cases'}, soonest hearing first. Open a case to record hearings, breaches and outcomes.</p>
      </div>
      <RegisterFilters query={query} partners={session.partners} onChange={setQuery} />
      {rows.isPending && <p>Loading the register…</p>}
      {rows.isError && (
        <Notice tone="error" title="The register could not be loaded">
          <p>{rows.error.message}</p>
        </Notice>
      )}
      {rows.isSuccess &&
        (rows.data.length ? (
          <RegisterTable rows={rows.data} />
        ) : (
          <p className="register-empty">{query.status === 'current' ? 'No court action is running on these cases.' : 'No court action has been recorded on these cases.'}</p>
        ))}
    </>
  );
}
