/**
 * The people on a case as every feature names and chooses them: the case screen, actions, closure and
 * letters. A leaf feature, so the panels the case screen is made of can use it without a cycle.
 */
export { personName, personWithRole } from './names';
export { partyIdOf, PartySelect } from './PartySelect';
