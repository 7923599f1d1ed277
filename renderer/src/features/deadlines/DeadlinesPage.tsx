import { useCallback, useState } from 'react';
import '../../styles/standards.css';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { DashboardSections } from './DashboardSections';
import { type Scope, useDashboard } from './hooks/useDashboard';
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
  const [dashboard, reload] = useDashboard(scope, partner);
  const [message, setMessage] = useState<string | null>(null);
  const [waiving, setWaiving] = useState<WaiveTarget | null>(null);
  const now = useNow();

  const changeScope = useCallback((nextScope: Scope, nextPartner: string | null) => {
    setScope(nextScope);
    setPartner(nextPartner);
  }, []);
  const done = (text: string) => {
    setMessage(text);
    reload();
  };

  return (
    <>
      <div className="page__header">
        <Heading>Deadlines</Heading>
        <p>What is overdue, due today and due this week under the service standards. Urgent items are the 24-hour ones.</p>
      </div>
      <ScopeControl scope={scope} partner={partner} onChange={changeScope} />
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {dashboard.state === 'loading' && <p>Loading the deadlines…</p>}
      {dashboard.state === 'error' && (
        <Notice tone="error" title="The deadlines could not be loaded">
          <p>{dashboard.message}</p>
        </Notice>
      )}
      {dashboard.state === 'ok' && (
        <>
          <DashboardSections view={dashboard.value} now={now} canWaive={canWaive} onRecorded={done} onWaive={setWaiving} />
          {canWaive && <OfficerChart officers={dashboard.value.perOfficer} />}
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
