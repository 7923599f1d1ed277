import type { z } from 'zod';
import type { ProfileSummary } from '../../../../shared/schemas/standards';
import { Button } from '../../ui/Button';
import { DataTable, HiddenHeader } from '../../ui/DataTable';

type Summary = z.infer<typeof ProfileSummary>;

interface Props {
  profiles: readonly Summary[];
  selected: string | null;
  onSelect: (id: string) => void;
}

export function ProfilesTable({ profiles, selected, onSelect }: Props) {
  return (
    <DataTable
      caption={`${profiles.length} profile${profiles.length === 1 ? '' : 's'}`}
      rows={profiles}
      rowKey={(p) => p.id}
      rowProps={(p) => (p.id === selected ? { 'aria-current': 'true', className: 'row--current' } : {})}
      columns={[
        { header: 'Profile', rowHeader: true, cell: (p) => p.name },
        { header: 'Id', className: 'mono nowrap', cell: (p) => p.id },
        { header: 'Latest version', cell: (p) => p.latestVersion },
        { header: 'Versions', cell: (p) => p.versions.join(', ') },
        {
          header: <HiddenHeader>Open</HiddenHeader>,
          cell: (p) =>
            p.id === selected ? (
              <span className="secondary-text nowrap">Shown below</span>
            ) : (
              <Button small variant="secondary" onClick={() => onSelect(p.id)}>
                View<span className="visually-hidden"> {p.name}</span>
              </Button>
            ),
        },
      ]}
    />
  );
}
