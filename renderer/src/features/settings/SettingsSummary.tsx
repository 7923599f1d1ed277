import type { Settings } from '../../../../shared/schemas/admin';

interface Props {
  settings: Settings;
}

/** The settings for people who may read but not change them. */
export function SettingsSummary({ settings }: Props) {
  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Locking and backups</h2>
      <dl className="definition-list">
        <dt>Lock after</dt>
        <dd>
          {settings.idleLockMinutes} minute{settings.idleLockMinutes === 1 ? '' : 's'} without use
        </dd>
        <dt>Backup folder</dt>
        <dd>{settings.backupFolder ?? 'None chosen (no automatic backup)'}</dd>
        <dt>Backups kept</dt>
        <dd>The latest {settings.backupKeep}</dd>
        <dt>A restricted case stays open</dt>
        <dd>{settings.restrictedAccessMinutes} minutes after a reason is given</dd>
      </dl>
      <p className="secondary-text">Only an administrator can change these settings.</p>
    </section>
  );
}
