import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import '../../styles/standards.css';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { DashboardSections } from './DashboardSections';
import { hearthQuery } from '../../api/queries';
import type { Scope } from './ScopeControl';
import { useNow } from './hooks/useNow';
import { OfficerChart } from './OfficerChart';
import { ScopeControl } from './ScopeControl';
import { WaiveDialog, type WaiveTarget } from './WaiveDialog';

/** The first screen after sign-in (issue 4 §6): what is overdue, due today and due this week. */
export function DeadlinesPage() {
  const { can } = useSession();
  const canWaive = can('deadlines.waive');
  const [scope, setScope] = useState<Scope>(canWaive ? 'team' : 'mine');
  const [partner, setPartner] = useState<string | null>(null);
  // Read when the page opens, when the scope changes and after a change here; never on a timer, because
  // every read is audited (the page moves lines to "Overdue" by itself).
  const dashboard = useQuery(hearthQuery('deadline:dashboard', { scope, partner: scope === 'partner' ? partner : null }));
  const [message, setMessage] = useState<string | null>(null);
  const [waiving, setWaiving] = useState<WaiveTarget | null>(null);
  const now = useNow();

  const changeScope = useCallback((nextScope: Scope, nextPartner: string | null) => {
    setScope(nextScope);
    setPartner(nextPartner);
  }, []);
  const done = (text: string) => setMessage(text);

  return (
    <>
      <div className="page__header">
        <Heading>Deadlines</Heading>
        <p>What is overdue, due today and due this week under the service standards. Urgent items are the 24-hour ones.</p>
      </div>
      <ScopeControl scope={scope} partner={partner} onChange={changeScope} />
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {dashboard.isPending && <p>Loading the deadlines…</p>}
      {dashboard.isError && (
        <Notice tone="error" title="The deadlines could not be loaded">
          <p>{dashboard.error.message}</p>
        </Notice>
      )}
      {dashboard.isSuccess && (
        <>
          <DashboardSections view={dashboard.data} now={now} canWaive={canWaive} onRecorded={done} onWaive={setWaiving} />
          {canWaive && <OfficerChart officers={dashboard.data.perOfficer} />}
        </>
      )}
      {waiving && (
        <WaiveDialog
          target={waiving}
          onCancel={() => setWaiving(null)}
          onWaived={(t) => {
            setWaiving(null);
            done(`Waived “${t.label}” on case ${t.ref}.`);
          }}
        />
      )}
    </>
  );
}
