import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import '../../styles/standards.css';
import type { Profile } from '../../../../shared/standards/profile';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { hearthQuery } from '../../api/queries';
import { ProfilesTable } from './ProfilesTable';
import { SelectedProfile } from './SelectedProfile';
import { CaseReviewThresholds } from '../case-review';

/** Service standards (issue 4 §3): the profiles' rules for everyone to read; administrators edit them. */
export function ProfilesPage() {
  const { can } = useSession();
  const profiles = useQuery(hearthQuery('profiles:list', {}));
  const [chosen, setChosen] = useState<{ id: string; version: number | null } | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const list = profiles.data ?? [];
  const selected = chosen ?? (list[0] ? { id: list[0].id, version: null } : null);
  const summary = list.find((p) => p.id === selected?.id);

  const select = (id: string, version: number | null = null) => {
    setChosen({ id, version });
    setEditing(false);
    setMessage(null);
  };
  const saved = (profile: Profile) => {
    select(profile.id, profile.version);
    setMessage(`Saved ${profile.name} as version ${profile.version}. Cases already open keep their version; new cases use this one.`);
  };

  return (
    <>
      <div className="page__header">
        <Heading>Service standards</Heading>
        <p>The time limits Hearth holds each case to. Each partner works to a profile; a change is saved as a new version, and cases keep the version they started under.</p>
      </div>
      <div aria-live="polite">{message && <Notice tone="success"><p>{message}</p></Notice>}</div>
      {!can('profiles.manage') && (
        <Notice>
          <p>Only an administrator can change the service standards.</p>
        </Notice>
      )}
      {profiles.isPending && <p>Loading the service standards…</p>}
      {profiles.isError && <Notice tone="error" title="The service standards could not be loaded"><p>{profiles.error.message}</p></Notice>}
      {profiles.isSuccess && <ProfilesTable profiles={list} selected={selected?.id ?? null} onSelect={(id) => select(id)} />}
      {selected && summary && (
        <SelectedProfile
          key={`${selected.id}@${selected.version ?? 'latest'}`}
          id={selected.id}
          version={selected.version}
          versions={summary.versions}
          editing={editing}
          onEditing={setEditing}
          onVersion={(v) => select(selected.id, v)}
          onSaved={saved}
        />
      )}
      {can('caseReview.thresholds') && <CaseReviewThresholds />}
    </>
  );
}
