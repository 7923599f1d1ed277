export { HomePage } from './HomePage';
export { RecoveryBanner } from './RecoveryBanner';
