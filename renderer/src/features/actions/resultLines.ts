import { APPENDIX_1_OFFENCES, COSTS_PAYERS, POLICE_OUTCOMES } from '../../../../shared/domain/policy-measures';
import { labelOf } from '../../../../shared/domain/vocabulary';
import type { ActionResultView } from '../../../../shared/schemas/casework';
import { fmtMoney } from '../../../../shared/reports/format';
import { fromIsoDate } from '../../../../shared/time/input';

/** What an action came to, line by line, in words (the register and the case's actions panel). */
export function resultLines(r: ActionResultView): string[] {
  return [
    r.policeOutcome ? labelOf(POLICE_OUTCOMES, r.policeOutcome) : '',
    r.offence ? `Offence: ${labelOf(APPENDIX_1_OFFENCES, r.offence)}` : '',
    r.damagesPence !== null ? `Damages ${fmtMoney(r.damagesPence)}` : '',
    r.costsPence !== null && r.costsPayer ? `Costs ${fmtMoney(r.costsPence)}: ${labelOf(COSTS_PAYERS, r.costsPayer).toLowerCase()}` : '',
    `Decided ${fromIsoDate(r.decidedOn)}`,
  ].filter(Boolean);
}
