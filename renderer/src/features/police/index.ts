/** Police requests on a case (issue 21): rarely used, so the case screen loads it only for those who handle them. */
export { PolicePanel as default } from './PolicePanel';
