import { labelOf, RISK_LEVELS, type RiskLevel } from '../../../../../shared/domain/vocabulary';

const TONE: Record<RiskLevel, string> = { standard: 'tag', medium: 'tag tag--warning', high: 'tag tag--error' };

/** The risk level in words, coloured to stand out when medium or high (never colour alone). */
export function RiskTag({ level, long = false }: { level: RiskLevel; long?: boolean }) {
  return <span className={TONE[level]}>{long ? `${labelOf(RISK_LEVELS, level)} risk` : labelOf(RISK_LEVELS, level)}</span>;
}
