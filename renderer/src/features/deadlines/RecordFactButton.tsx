import { Button } from '../../ui/Button';
import type { DashboardLine } from './dashboardLine';
import { quickFactFor } from './recordable';

interface Props {
  line: DashboardLine;
  onRecord: (line: DashboardLine) => void;
}

/**
 * The quick action on a dashboard line whose rule one recorded fact meets: "Record acknowledgement…"
 * opens a dialog that asks how and when (issue 17), instead of recording "now" with one click.
 */
export function RecordFactButton({ line, onRecord }: Props) {
  const fact = quickFactFor(line.ruleId);
  if (!fact) return null;
  return (
    <Button small variant="secondary" onClick={() => onRecord(line)}>
      Record {fact.noun}…<span className="visually-hidden"> for case {line.ref}</span>
    </Button>
  );
}
