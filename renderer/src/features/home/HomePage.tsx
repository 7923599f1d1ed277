import { useState } from 'react';
import { formatDate } from '../../../../shared/time/format';
import { ROLE_LABELS } from '../../../../shared/roles';
import { Heading } from '../../ui/Heading';
import { useSession } from '../../hooks/useSession';
import { BackupWarning } from './BackupWarning';
import { PartnersWarning } from './PartnersWarning';
import { WorkspaceHealth } from './WorkspaceHealth';

export function HomePage() {
  const { session, can } = useSession();
  // Read once when the page opens: the date does not need to tick over while it is on screen.
  const [today] = useState(() => formatDate(new Date()));

  return (
    <>
      <div className="page__header">
        <Heading title="Home">{`Welcome, ${session.user.displayName}`}</Heading>
        <p>
          Today is {today}. You are signed in to {session.workspaceName} as {ROLE_LABELS[session.user.role].toLowerCase()}.
        </p>
      </div>
      {can('backup.create') && <BackupWarning />}
      {can('partners.manage') && <PartnersWarning />}
      {can('audit.verify') && <WorkspaceHealth />}
      <section className="panel" aria-labelledby="home-security">
        <h2 id="home-security">Keeping records safe</h2>
        <p>
          Hearth locks itself after {session.idleLockMinutes} minute{session.idleLockMinutes === 1 ? '' : 's'} without use. If you step away from
          this computer, use <strong>Lock</strong> at the top of the page; your passphrase opens it again.
        </p>
      </section>
    </>
  );
}
