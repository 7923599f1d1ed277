import type { z } from 'zod';
import type { ProfileSummary } from '../../../../shared/schemas/standards';
import { Button } from '../../components/Button';

type Summary = z.infer<typeof ProfileSummary>;

interface Props {
  profiles: readonly Summary[];
  selected: string | null;
  onSelect: (id: string) => void;
}

export function ProfilesTable({ profiles, selected, onSelect }: Props) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {profiles.length} profile{profiles.length === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col">Id</th>
            <th scope="col">Latest version</th>
            <th scope="col">Versions</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr key={p.id} aria-current={p.id === selected ? 'true' : undefined} className={p.id === selected ? 'row--current' : undefined}>
              <th scope="row">{p.name}</th>
              <td className="mono nowrap">{p.id}</td>
              <td>{p.latestVersion}</td>
              <td>{p.versions.join(', ')}</td>
              <td>
                {p.id === selected ? (
                  <span className="secondary-text nowrap">Shown below</span>
                ) : (
                  <Button small variant="secondary" onClick={() => onSelect(p.id)}>
                    View<span className="visually-hidden"> {p.name}</span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
