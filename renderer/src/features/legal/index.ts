export { LegalRegisterPage } from './LegalRegisterPage';
export { resultLines } from './resultLines';
