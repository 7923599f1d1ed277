import { labelOf, PARTY_ROLES, TENURES } from '../../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { DataTable, HiddenHeader } from '../../../ui/DataTable';
import { NotKnown } from '../../../ui/NotKnown';
import { formatNeedsText } from './formatNeeds';
import { personName } from '../../parties';

interface Props {
  parties: readonly PartyView[];
  onEdit?: (party: PartyView) => void;
}

const contactLines = (p: PartyView) => [p.phone, p.email, [p.address, p.postcode].filter(Boolean).join(', ')].filter(Boolean);

/** Everyone on the case. Equality data is never shown here (it is kept apart, write-only). */
export function PeopleTable({ parties, onEdit }: Props) {
  const byId = new Map(parties.map((p) => [p.id, p]));
  return (
    <DataTable
      className="people-table"
      caption="People on the case"
      captionHidden
      rows={parties}
      rowKey={(p) => p.id}
      columns={[
        { header: 'Name', rowHeader: true, cell: (p) => personName(p) },
        {
          header: 'Role',
          cell: (p) => {
            const responsible = p.responsiblePartyId === null ? null : byId.get(p.responsiblePartyId);
            return (
              <>
                {labelOf(PARTY_ROLES, p.role)}
                {responsible && <span className="cell-note">Tenant responsible: {personName(responsible)}</span>}
              </>
            );
          },
        },
        { header: 'Age', cell: (p) => p.age ?? <NotKnown /> },
        { header: 'Tenure', cell: (p) => (p.tenure ? labelOf(TENURES, p.tenure) : <NotKnown />) },
        { header: 'Contact details', className: 'people-table__contact', cell: (p) => (contactLines(p).length ? contactLines(p).map((line) => <span key={line}>{line}</span>) : <NotKnown what="None recorded" />) },
        { header: 'Format needs', cell: (p) => formatNeedsText(p.formatNeeds) || <NotKnown what="None" /> },
        onEdit && {
          header: <HiddenHeader>Change</HiddenHeader>,
          cell: (p) => (
            <Button id={`change-person-${p.id}`} small variant="secondary" onClick={() => onEdit(p)}>
              Change<span className="visually-hidden"> {personName(p)}</span>
            </Button>
          ),
        },
      ]}
    />
  );
}
