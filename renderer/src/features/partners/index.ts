export { PartnersPage } from './PartnersPage';
export { partnerHref, partnersHref } from './routes';
export { missingForLetters } from './partnerValues';
