import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { routeHref } from '../../hooks/useHashRoute';
import { useSession } from '../../hooks/useSession';
import { Notice } from '../../ui/Notice';

/**
 * Home's warning (issue 17) while backups are not looked after: no folder chosen, none made yet, or the
 * newest over a week old. It links to Settings, where the folder is chosen and Back up now is.
 */
export function BackupWarning() {
  const { can } = useSession();
  const status = useQuery(hearthQuery('backup:status', {}));
  if (!status.isSuccess || status.data.warning === null) return null;
  const { warning, lastBackupAt } = status.data;
  const title =
    warning === 'no-folder' ? 'No backup folder is set' : warning === 'never' ? 'No backup has been made yet' : `The last backup was on ${formatDate(lastBackupAt!)}`;
  const settings = <a href={routeHref('settings')}>{warning === 'no-folder' ? 'Choose a backup folder in Settings' : 'Back up now in Settings'}</a>;
  return (
    <Notice tone="warning" title={title}>
      <p>
        {warning === 'no-folder'
          ? 'Until one is set, Hearth makes no backups, and a failed disk would lose every case.'
          : warning === 'never'
            ? 'Hearth backs up when it closes; make the first one now rather than wait.'
            : 'That is more than a week ago: anything recorded since would be lost with this computer.'}
      </p>
      <p>{warning === 'no-folder' && !can('settings.update') ? 'Ask an administrator to choose a backup folder in Settings.' : settings}</p>
    </Notice>
  );
}
