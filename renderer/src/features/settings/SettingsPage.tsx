import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { BackupNow } from './BackupNow';
import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { RestoreForm } from './RestoreForm';
import { SettingsForm } from './SettingsForm';
import { SettingsSummary } from './SettingsSummary';
import { InterpreterNotices } from './InterpreterNotices';
import { PictureCredits } from './PictureCredits';

export function SettingsPage() {
  const { can } = useSession();
  const settings = useQuery(hearthQuery('settings:get', {}));
  return (
    <>
      <div className="page__header">
        <Heading>Settings</Heading>
        <p>How this workspace locks itself and keeps its backups.</p>
      </div>
      {settings.isPending && <p>Loading the settings…</p>}
      {settings.isError && (
        <Notice tone="error" title="The settings could not be loaded">
          <p>{settings.error.message}</p>
        </Notice>
      )}
      {settings.isSuccess &&
        (can('settings.update') ? <SettingsForm settings={settings.data} /> : <SettingsSummary settings={settings.data} />)}
      {can('backup.create') && <BackupNow folder={settings.data?.backupFolder ?? null} />}
      {can('backup.restore') && <RestoreForm />}
      <InterpreterNotices />
      <PictureCredits />
    </>
  );
}
