export { ConfirmKeyForm } from './ConfirmKeyForm';
export { RecoveryKeyScreen } from './RecoveryKeyScreen';
export { SetupScreen } from './SetupScreen';
export { USERNAME_HINT } from './SetupFields';
