import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import '../../styles/standards.css';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { DashboardSections } from './DashboardSections';
import { hearthQuery } from '../../api/queries';
import { DashboardFilters, type Filters, NO_FILTERS } from './DashboardFilters';
import type { DashboardLine } from './dashboardLine';
import type { Scope } from './ScopeControl';
import { useNow } from './hooks/useNow';
import { OfficerChart } from './OfficerChart';
import { RecordFactDialog } from './RecordFactDialog';
import { ScopeControl } from './ScopeControl';
import { UnsentLetters } from './UnsentLetters';
import { RequestsDue } from './RequestsDue';
import { WaiveDialog, type WaiveTarget } from './WaiveDialog';

const FIRST_PAGES = { overdue: 0, today: 0, week: 0 };

/** The first screen after sign-in (issue 4 §6): what is overdue, due today and due this week, most urgent first. */
export function DeadlinesPage() {
  const { can } = useSession();
  const canWaive = can('deadlines.waive');
  const [scope, setScope] = useState<Scope>(canWaive ? 'team' : 'mine');
  const [partner, setPartner] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offsets, setOffsets] = useState(FIRST_PAGES);
  // "Letters made but not sent only" is a section of its own (issue 17): the deadlines' sections step aside.
  const unsentOnly = filters.state === 'unsent';
  // Read when the page opens, when the scope, filters or a page change and after a change here; never on a
  // timer, because every read is audited (the page moves lines to "Overdue" by itself).
  const dashboard = useQuery({
    ...hearthQuery('deadline:dashboard', { scope, partner: scope === 'partner' ? partner : null, ...filters, state: filters.state === 'unsent' ? 'all' : filters.state, officer: scope === 'mine' ? null : filters.officer, offsets }),
    placeholderData: keepPreviousData,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [waiving, setWaiving] = useState<WaiveTarget | null>(null);
  const [recording, setRecording] = useState<DashboardLine | null>(null);
  const now = useNow();

  const changeScope = useCallback((nextScope: Scope, nextPartner: string | null) => {
    setScope(nextScope);
    setPartner(nextPartner);
    setOffsets(FIRST_PAGES);
  }, []);
  const changeFilters = (next: Filters) => {
    setFilters(next);
    setOffsets(FIRST_PAGES);
  };
  const done = (text: string) => setMessage(text);

  return (
    <>
      <div className="page__header">
        <Heading>Deadlines</Heading>
        <p>What is overdue, due today and due this week under the service standards, most urgent first. Urgent items are the 24-hour ones.</p>
      </div>
      <ScopeControl scope={scope} partner={partner} onChange={changeScope} />
      <DashboardFilters filters={filters} officers={dashboard.data?.officers ?? []} rules={dashboard.data?.rules ?? []} showOfficer={scope !== 'mine' && (dashboard.data?.officers.length ?? 0) > 0} onChange={changeFilters} />
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {dashboard.isPending && <p>Loading the deadlines…</p>}
      {dashboard.isError && (
        <Notice tone="error" title="The deadlines could not be loaded">
          <p>{dashboard.error.message}</p>
        </Notice>
      )}
      {dashboard.isSuccess && !unsentOnly && (
        <>
          <DashboardSections
            view={dashboard.data}
            only={filters.state === 'unsent' ? 'all' : filters.state}
            now={now}
            canWaive={canWaive}
            onRecord={setRecording}
            onWaive={setWaiving}
            onPage={(section, offset) => setOffsets((o) => ({ ...o, [section]: offset }))}
          />
          {canWaive && <OfficerChart officers={dashboard.data.perOfficer} />}
        </>
      )}
      {dashboard.isSuccess && can('disclosures.manage') && filters.state === 'all' && <RequestsDue requests={dashboard.data.requests} />}
      {(filters.state === 'all' || unsentOnly) && <UnsentLetters scope={scope} partner={partner} officer={filters.officer} />}
      {recording && (
        <RecordFactDialog
          line={recording}
          onCancel={() => setRecording(null)}
          onRecorded={(text) => {
            setRecording(null);
            done(text);
          }}
        />
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
