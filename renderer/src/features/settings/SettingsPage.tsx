import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { BackupNow } from './BackupNow';
import { useSettings } from './hooks/useSettings';
import { RestoreForm } from './RestoreForm';
import { SettingsForm } from './SettingsForm';
import { SettingsSummary } from './SettingsSummary';

export function SettingsPage() {
  const { can } = useSession();
  const [settings, reload] = useSettings();
  return (
    <>
      <div className="page__header">
        <Heading>Settings</Heading>
        <p>How this workspace locks itself and keeps its backups.</p>
      </div>
      {settings.state === 'loading' && <p>Loading the settings…</p>}
      {settings.state === 'error' && (
        <Notice tone="error" title="The settings could not be loaded">
          <p>{settings.message}</p>
        </Notice>
      )}
      {settings.state === 'ok' &&
        (can('settings.update') ? <SettingsForm settings={settings.value} onSaved={reload} /> : <SettingsSummary settings={settings.value} />)}
      {can('backup.create') && <BackupNow folder={settings.state === 'ok' ? settings.value.backupFolder : null} />}
      {can('backup.restore') && <RestoreForm />}
    </>
  );
}
