import type { Action, Role } from '../../shared/roles';
import { ACTIONS } from '../../shared/roles';

/**
 * The one authorisation decision (DESIGN §2; OWASP: deny by default). Every IPC handler reaches this
 * through the dispatch wrapper; services never decide access on their own.
 *
 * The table is typed as complete over Action, so adding an action without saying who may do it is a
 * compile error rather than an accidental allow. The record-level rules (partners, legal referral) take
 * the case as the third argument; dispatch asks them for every channel that names a case, and adds the
 * restricted-case grant (main/ipc/record-access.ts).
 */
const ALLOWED: Record<Action, readonly Role[]> = {
  'session.use': ['officer', 'legal', 'manager', 'admin'],
  'users.read': ['manager', 'admin'],
  'users.manage': ['admin'],
  'settings.read': ['officer', 'legal', 'manager', 'admin'],
  'settings.update': ['admin'],
  'backup.create': ['manager', 'admin'],
  'backup.restore': ['admin'],
  'audit.read': ['manager', 'admin'],
  'audit.verify': ['manager', 'admin'],
  'partners.read': ['officer', 'legal', 'manager', 'admin'],
  'partners.manage': ['admin'],
  'cases.create': ['officer', 'manager', 'admin'],
  'cases.read': ['officer', 'legal', 'manager', 'admin'],
  'cases.update': ['officer', 'legal', 'manager', 'admin'],
  'cases.restrict': ['manager', 'admin'],
  'equality.record': ['officer', 'manager', 'admin'],
  'equality.read': ['manager'],
  'evidence.add': ['officer', 'legal', 'manager', 'admin'],
  'import.run': ['admin'],
  'deadlines.waive': ['manager'],
  'profiles.manage': ['admin'],
  'legal.register': ['legal', 'manager', 'admin'],
  'closure.decide': ['manager'],
  // Decision (issue 8): reports are for managers and boards (P7.3). Officers do not get their partners'
  // aggregate figures: with few cases on a small estate, even suppressed equality counts can point at
  // people an officer knows, and officers have the deadlines dashboard for their own work. Admins run the
  // board report and `hearth report` for scripts; both roles read cases, so both may drill down.
  'reports.read': ['manager', 'admin'],
  'reports.drilldown': ['manager', 'admin'],
  // Issue 15: the legal team corrects the injunction its papers are built from (managers and admins too).
  'injunctions.edit': ['legal', 'manager', 'admin'],
  // Issue 21: managers review and dispose of records past their date, and place and lift legal holds; admins
  // may read the review (`hearth retention review` for scripts) but not dispose or hold.
  'retention.review': ['manager', 'admin'],
  'retention.dispose': ['manager'],
  'holds.manage': ['manager'],
  // Issue 20: the partner's part in an ASB Case Review is casework, recorded by officers and managers
  // (administrators too, who correct records); the legal team reads it with the case.
  'caseReview.record': ['officer', 'manager', 'admin'],
  // Issue 21: the partner's data protection work is a manager's (an administrator's for scripts); an
  // officer asks a manager to answer a request or to approve what goes to the police.
  'disclosures.manage': ['manager', 'admin'],
  'caseReview.thresholds': ['manager', 'admin'],
  // Issue 21: a partner's retention schedule is a policy decision: its managers (and administrators) add versions.
  'retention.schedule': ['manager', 'admin'],
  // Issue 22: enrolling and revoking PCs is an administrator's, like adding and removing users.
  'host.manage': ['admin'],
};

export interface Principal {
  id: number;
  role: Role;
  /** The partners this person works for; case records of other partners are out of reach. */
  partners?: readonly string[];
}

/** What can() needs to know about a case to decide (never the case's contents). */
export interface CaseAccessFacts {
  partner: string;
  legalReferred: boolean;
}

export function can(user: Principal | null | undefined, action: Action, record?: CaseAccessFacts): boolean {
  if (!user) return false;
  const allowed = ALLOWED[action] as readonly Role[] | undefined;
  if (allowed === undefined || !allowed.includes(user.role)) return false;
  if (!record) return true;
  // Everyone sees only their partners' cases; the legal team only those referred to legal.
  if (!(user.partners ?? []).includes(record.partner)) return false;
  if (user.role === 'legal' && !record.legalReferred) return false;
  return true;
}

export function permissionsOf(user: Principal): Action[] {
  return ACTIONS.filter((a) => can(user, a));
}
