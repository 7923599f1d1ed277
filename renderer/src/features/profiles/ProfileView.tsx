import type { Profile } from '../../../../shared/standards/profile';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { RulesTable } from './RulesTable';

interface Props {
  profile: Profile;
  versions: readonly number[];
  onVersion: (version: number) => void;
  /** Given to administrators. */
  onEdit?: () => void;
}

/** One version of a profile: its settings and its rules, with the other versions a choice away. */
export function ProfileView({ profile, versions, onVersion, onEdit }: Props) {
  const latest = Math.max(...versions);
  return (
    <section className="profile-view" aria-labelledby="profile-view-heading">
      <h2 id="profile-view-heading">{profile.name}</h2>
      <div className="profile-view__bar">
        <SelectField
          id="profile-version"
          label="Version"
          value={String(profile.version)}
          onChange={(v) => onVersion(Number(v))}
          options={[...versions].reverse().map((v) => ({ value: String(v), label: v === latest ? `Version ${v} (latest)` : `Version ${v}` }))}
        />
        {onEdit && (
          <Button variant="secondary" onClick={onEdit}>
            Edit<span className="visually-hidden"> {profile.name}</span> (saves version {latest + 1})
          </Button>
        )}
      </div>
      <dl className="definition-list">
        <dt>Injunctions</dt>
        <dd>{profile.settings.injunctionAdultsOnly ? 'Against adults only (the policy’s rule)' : 'Against anyone aged 10 or over (the law)'}</dd>
        <dt>Appeal window</dt>
        <dd>
          {profile.settings.appealWindowWorkingDays} working day{profile.settings.appealWindowWorkingDays === 1 ? '' : 's'} after closure
        </dd>
        <dt>Order expiry reminder</dt>
        <dd>{profile.settings.orderExpiryReminderDays} days before an order expires</dd>
      </dl>
      <RulesTable profile={profile} />
    </section>
  );
}
