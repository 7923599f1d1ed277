import type { CaseHeader } from '../../../../shared/schemas/cases';
import { Button } from '../../ui/Button';
import { useSession } from '../../hooks/useSession';
import { useChange } from '../../hooks/useChange';

interface Props {
  header: CaseHeader;
  onDone: (message: string) => void;
}

/**
 * Whether the legal team has the case (P5.16: legal advice early and throughout). Referring it lets the
 * legal team open it and see its court actions in the legal register. A legal user cannot withdraw it:
 * that would take the case out of their own reach.
 */
export function LegalReferral({ header, onDone }: Props) {
  const { can, session } = useSession();
  const submit = useChange();
  const referred = header.legalReferred;
  const change = (legalReferred: boolean) =>
    void submit.run('case:update', { id: header.id, legalReferred },
      () => onDone(legalReferred ? 'The case was referred to the legal team.' : 'The referral to the legal team was withdrawn.'),
    );
  const offer = can('cases.update') && !(referred && session.user.role === 'legal');
  return (
    <div className="legal-referral">
      <p>
        <strong>Legal team: </strong>
        {referred ? 'the case is referred. The legal team can open it and see its court actions in the legal register.' : 'not referred yet. Get legal advice early when legal action is likely (Policy 5.16).'}
      </p>
      {offer && (
        <Button small variant="secondary" busy={submit.busy} busyLabel="Saving…" onClick={() => change(!referred)}>
          {referred ? 'Withdraw the referral to the legal team' : 'Refer the case to the legal team'}
        </Button>
      )}
      {submit.error && (
        <p className="row-error" role="alert">
          {submit.error}
        </p>
      )}
    </div>
  );
}
