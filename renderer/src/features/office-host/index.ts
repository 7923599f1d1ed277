export { OfficeHostPage } from './OfficeHostPage';
