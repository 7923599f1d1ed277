import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { DevicesPanel } from './DevicesPanel';
import { EnrolmentCodePanel } from './EnrolmentCodePanel';
import { HostSummary } from './HostSummary';
import { SetUpHostForm } from './SetUpHostForm';

/**
 * Settings → Office host (issue 22; docs/office-host.md), for administrators: whether this workspace is an
 * office host and serving now, what the PCs need to enrol (the address, a one-time code, the CA fingerprint to
 * read out), who is connected, the last backup, and the enrolled PCs with Rename and Revoke.
 */
export function OfficeHostPage() {
  const status = useQuery(hearthQuery('host:status', {}));
  return (
    <>
      <div className="page__header">
        <Heading>Office host</Heading>
        <p>Let the office’s other PCs work on this workspace over the office network, each PC enrolled with a one-time code.</p>
      </div>
      {status.isPending && <p role="status">Loading the office host…</p>}
      {status.isError && (
        <Notice tone="error" title="The office host could not be loaded">
          <p>{status.error.message}</p>
        </Notice>
      )}
      {status.isSuccess && !status.data.setUp && <SetUpHostForm current={null} />}
      {status.isSuccess && status.data.setUp && (
        <>
          <HostSummary status={status.data} />
          <EnrolmentCodePanel addresses={status.data.addresses} />
          <DevicesPanel devices={status.data.devices} />
          <SetUpHostForm current={status.data} />
        </>
      )}
    </>
  );
}
