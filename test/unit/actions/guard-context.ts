import type { GuardContext } from '../../../shared/actions/guards';
import type { ActionDetails } from '../../../shared/schemas/actions';

/** The subject of most guard tests: an adult secure tenant, so no age or tenure guard fires unless asked. */
export const adult = { role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure' as const, age: 40, address: '2 Elm Road' };

/** A guard context in which nothing else is wrong: three incidents, no flags, standard risk, no history. */
export function guardContext(details: ActionDetails, over: Partial<GuardContext> = {}): GuardContext {
  return {
    kind: details.kind,
    details,
    subject: adult,
    about: null,
    incidentCount: 3,
    hateIncident: false,
    flags: [],
    riskLevel: 'standard',
    confirmationsForSubject: 0,
    policeMeasures: [],
    injunctionAdultsOnly: false,
    provenInjunctionBreaches: 0,
    ...over,
  };
}
