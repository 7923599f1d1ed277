export { LegalRegisterPage } from './LegalRegisterPage';
