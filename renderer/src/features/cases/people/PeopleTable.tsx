import { labelOf, PARTY_ROLES, TENURES } from '../../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../components/Button';
import { personName } from '../labels';
import { NotKnown } from '../components/NotKnown';
import { formatNeedsText } from './formatNeeds';

interface Props {
  parties: readonly PartyView[];
  onEdit?: (party: PartyView) => void;
}

const contactLines = (p: PartyView) => [p.phone, p.email, [p.address, p.postcode].filter(Boolean).join(', ')].filter(Boolean);

/** Everyone on the case. Equality data is never shown here (it is kept apart, write-only). */
export function PeopleTable({ parties, onEdit }: Props) {
  const byId = new Map(parties.map((p) => [p.id, p]));
  return (
    <div className="table-wrap">
      <table className="table people-table">
        <caption className="visually-hidden">People on the case</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Age</th>
            <th scope="col">Tenure</th>
            <th scope="col">Contact details</th>
            <th scope="col">Format needs</th>
            {onEdit && <th scope="col"><span className="visually-hidden">Change</span></th>}
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => {
            const responsible = p.responsiblePartyId === null ? null : byId.get(p.responsiblePartyId);
            return (
              <tr key={p.id}>
                <th scope="row">{personName(p)}</th>
                <td>
                  {labelOf(PARTY_ROLES, p.role)}
                  {responsible && <span className="cell-note">Tenant responsible: {personName(responsible)}</span>}
                </td>
                <td>{p.age ?? <NotKnown />}</td>
                <td>{p.tenure ? labelOf(TENURES, p.tenure) : <NotKnown />}</td>
                <td className="people-table__contact">
                  {contactLines(p).length ? contactLines(p).map((line) => <span key={line}>{line}</span>) : <NotKnown what="None recorded" />}
                </td>
                <td>{formatNeedsText(p.formatNeeds) || <NotKnown what="None" />}</td>
                {onEdit && (
                  <td>
                    <Button id={`change-person-${p.id}`} small variant="secondary" onClick={() => onEdit(p)}>
                      Change<span className="visually-hidden"> {personName(p)}</span>
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
