/** Audit actions in words. Unknown ones (from features added later) show their code, which is still exact. */
const LABELS: Record<string, string> = {
  'workspace:create': 'Created the workspace',
  'workspace:confirmRecoveryKey': 'Confirmed the recovery key',
  'session:signIn': 'Signed in',
  'session:unlock': 'Unlocked',
  'session:recover': 'Reset passphrase with the recovery key',
  'session:lock': 'Locked',
  'session:autoLock': 'Locked after being idle',
  'session:signOut': 'Signed out',
  'session:changePassphrase': 'Changed passphrase',
  'users:list': 'Viewed the users',
  'users:add': 'Added a user',
  'users:setRole': 'Changed a role',
  'users:remove': 'Removed a user',
  'settings:update': 'Changed the settings',
  'backup:create': 'Made a backup',
  'backup:onClose': 'Made a backup on closing',
  'backup:restore': 'Restored a backup',
  'audit:verify': 'Checked the audit log',
  'audit:list': 'Viewed the audit log',
  'workspace:doctor': 'Checked the workspace (hearth doctor)',
};

export const describeAction = (action: string): string => LABELS[action] ?? action;
