import type { z } from 'zod';
import { CONFIRMATION_BASES } from '../../../../../shared/domain/action-kinds';
import { labelOf } from '../../../../../shared/domain/vocabulary';
import { fromIsoDate } from '../../../../../shared/time/input';
import type { CaseActions } from '../../../../../shared/schemas/actions';

interface Props {
  confirmations: z.output<typeof CaseActions>['confirmations'];
  nameOf: (partyId: number) => string;
}

/** The confirmations recorded so far (P5.4), newest last. */
export function ConfirmationList({ confirmations, nameOf }: Props) {
  if (!confirmations.length) return <p className="secondary-text">None recorded yet. A written warning needs one for the person it is sent to.</p>;
  return (
    <ul className="confirmation-list">
      {confirmations.map((c) => (
        <li key={c.id}>
          <strong>{nameOf(c.partyId)}</strong>: {labelOf(CONFIRMATION_BASES, c.basis).toLowerCase()}, {fromIsoDate(c.on)}.
          <span className="confirmation-list__detail">{c.detail}</span>
          <span className="secondary-text"> Recorded by {c.recordedBy}.</span>
        </li>
      ))}
    </ul>
  );
}
