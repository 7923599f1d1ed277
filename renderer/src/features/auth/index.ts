export { ChangePassphraseScreen } from './ChangePassphraseScreen';
export { LockScreen } from './LockScreen';
export { SignInScreen } from './SignInScreen';
