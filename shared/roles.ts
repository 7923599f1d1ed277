/** Roles from DESIGN §2. What each may do is decided in one place: main/security/can.ts. */
export const ROLES = ['officer', 'legal', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: 'Officer',
  legal: 'Legal team',
  manager: 'Manager',
  admin: 'Administrator',
};

/**
 * Every action a handler may ask can() about. New capabilities add their actions here so the
 * permission table in main/security/can.ts must say who may do them (it is typed to be complete).
 */
export const ACTIONS = [
  'session.use', // anything a signed-in user may do for themselves (whoami, change own passphrase, lock)
  'users.read',
  'users.manage',
  'settings.read',
  'settings.update',
  'backup.create',
  'backup.restore',
  'audit.read',
  'audit.verify',
  // The case record (issue 3). Record-level rules (partner, legal referral) are applied by can() too.
  'partners.read',
  'partners.manage',
  'cases.create',
  'cases.read',
  'cases.update',
  'cases.restrict',
  'equality.record', // write-only for officers: equality data never comes back to a case screen
  'equality.read', // managers, to correct it
  'evidence.add',
  'import.run',
  // Service standards (issue 4)
  'deadlines.waive', // a manager may waive a due item with a reason, or move a case to another profile
  'profiles.manage',
  // Interventions and closure (issue 5)
  'legal.register', // the legal-action register across cases
  'closure.decide', // deciding an appeal against closure
  // Monitoring and board reports (issue 8): aggregates only; equality figures are never drillable.
  'reports.read', // the Reports screen, the board report PDF and CSV exports, `hearth report`
  'reports.drilldown', // listing the cases behind a figure (each case still checked with cases.read)
  // Court papers (issue 15): correcting a recorded injunction, as a new version.
  'injunctions.edit',
  // Retention (issue 21): the disposal review, disposing of a case, and legal holds.
  'retention.review',
  'retention.dispose',
  'holds.manage',
  // ASB Case Review (issue 20): officers record applications, reviews and recommendations; managers too.
  'caseReview.record',
  // Information governance (issue 21): the disclosure log, data subjects' requests, police evidence packs.
  'disclosures.manage',
  // ASB Case Review (issue 20): a partner's threshold versions, added by managers and administrators.
  'caseReview.thresholds',
  // Retention (issue 21): adding a version of a partner's retention schedule.
  'retention.schedule',
  // The office host (issue 22): its certificates, enrolment codes and the PCs enrolled with it.
  'host.manage',
] as const;
export type Action = (typeof ACTIONS)[number];
