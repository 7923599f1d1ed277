import type { ChronologyItem, ChronologyKind } from '../../../../../shared/schemas/cases';
import { CheckboxField } from '../../../ui/CheckboxField';
import { kindLabel } from './kinds';

interface Props {
  kinds: readonly ChronologyKind[];
  items: readonly ChronologyItem[];
  hidden: readonly ChronologyKind[];
  onChange: (hidden: ChronologyKind[]) => void;
}

/** Tick boxes for the kinds of entry on this case, each with how many there are. */
export function KindFilter({ kinds, items, hidden, onChange }: Props) {
  return (
    <fieldset className="fieldset kind-filter no-print">
      <legend className="fieldset__legend fieldset__legend--small">Show</legend>
      <div className="choice-list choice-list--inline">
        {kinds.map((k) => {
          const count = items.filter((i) => i.kind === k).length;
          return (
            <CheckboxField
              key={k}
              id={`chronology-show-${k}`}
              label={`${kindLabel(k, count)} (${count})`}
              checked={!hidden.includes(k)}
              onChange={(on) => onChange(on ? hidden.filter((h) => h !== k) : [...hidden, k])}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
