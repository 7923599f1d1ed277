import type { Profile } from '../../../../shared/standards/profile';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { ProfileEditor } from './ProfileEditor';
import { ProfileView } from './ProfileView';

interface SelectedProps {
  id: string;
  version: number | null;
  versions: readonly number[];
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onVersion: (version: number) => void;
  onSaved: (profile: Profile) => void;
}

/** The chosen profile version: read-only, or in the editor for administrators. */
export function SelectedProfile({ id, version, versions, editing, onEditing, onVersion, onSaved }: SelectedProps) {
  const { can } = useSession();
  const profile = useQuery(hearthQuery('profiles:get', version === null ? { id } : { id, version }));
  if (profile.isPending) return <p>Loading the profile…</p>;
  if (profile.isError) return <Notice tone="error" title="The profile could not be loaded"><p>{profile.error.message}</p></Notice>;
  const nextVersion = Math.max(...versions) + 1;
  if (editing) return <ProfileEditor profile={profile.data} nextVersion={nextVersion} onSaved={onSaved} onCancel={() => onEditing(false)} />;
  return <ProfileView profile={profile.data} versions={versions} onVersion={onVersion} onEdit={can('profiles.manage') ? () => onEditing(true) : undefined} />;
}
