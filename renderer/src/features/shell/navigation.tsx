import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Action } from '../../../../shared/roles';
import { CasesPage, ReportPage } from '../cases';
import { DeadlinesPage } from '../deadlines';
import { LettersPage } from '../documents';
import { HomePage } from '../home';

/**
 * Screens most people open rarely (administration, reports, the legal team's) load when first opened, in
 * their own chunk: the window starts with what officers use every day, inside the build's budget for
 * what it loads at start (scripts/build.mjs).
 */
function later(load: () => Promise<ComponentType>): () => ReactNode {
  const Page = lazy(async () => ({ default: await load() }));
  return () => (
    <Suspense fallback={<p className="secondary-text" role="status">Loading…</p>}>
      <Page />
    </Suspense>
  );
}
const AuditPage = later(async () => (await import('../audit')).AuditPage);
const BundlesPage = later(async () => (await import('../bundles')).BundlesPage);
const LegalRegisterPage = later(async () => (await import('../legal')).LegalRegisterPage);
const PartnersPage = later(async () => (await import('../partners')).PartnersPage);
const ProfilesPage = later(async () => (await import('../profiles')).ProfilesPage);
const ReportsPage = later(async () => (await import('../reports')).ReportsPage);
const SettingsPage = later(async () => (await import('../settings')).SettingsPage);
const UsersPage = later(async () => (await import('../users')).UsersPage);
const RetentionPage = later(async () => (await import('../retention')).RetentionPage);
const GovernancePage = later(async () => (await import('../governance')).GovernancePage);
const OfficeHostPage = later(async () => (await import('../office-host')).OfficeHostPage);

/**
 * Navigation is data (conventions §6.14): each page is one entry, shown to those whose permissions
 * include its action. Features such as cases, deadlines and reports plug in by adding an entry here.
 * The permission only decides what is offered; main checks every request again with can().
 */
export interface NavItem {
  id: string;
  label: string;
  permission: Action;
  render: () => ReactNode;
}

export const NAV_ITEMS: readonly NavItem[] = [
  // First entry = the landing page: the deadlines dashboard for everyone who works cases (issue 4 §6);
  // people without case access land on Home.
  { id: 'deadlines', label: 'Deadlines', permission: 'cases.read', render: () => <DeadlinesPage /> },
  // #/cases lists cases; #/cases/123 opens one (the Cases page reads the rest of the address).
  { id: 'cases', label: 'Cases', permission: 'cases.read', render: () => <CasesPage /> },
  { id: 'report', label: 'Report an incident', permission: 'cases.create', render: () => <ReportPage /> },
  // #/letters finds a case; #/letters/123 makes and lists its letters; #/letters/templates: partners' templates (issue 6).
  { id: 'letters', label: 'Letters', permission: 'cases.read', render: () => <LettersPage /> },
  // Every court action across the cases a legal team (or manager) may see (issue 5).
  { id: 'legal', label: 'Legal register', permission: 'legal.register', render: LegalRegisterPage },
  // #/bundles lists injunction cases; #/bundles/123 builds that case's court bundle (issue 7).
  { id: 'bundles', label: 'Court bundles', permission: 'legal.register', render: BundlesPage },
  { id: 'home', label: 'Home', permission: 'session.use', render: () => <HomePage /> },
  { id: 'standards', label: 'Service standards', permission: 'cases.read', render: ProfilesPage },
  // Monitoring and board reports (issue 8): managers and administrators.
  { id: 'reports', label: 'Reports', permission: 'reports.read', render: ReportsPage },
  { id: 'users', label: 'Users', permission: 'users.read', render: UsersPage },
  { id: 'settings', label: 'Settings', permission: 'settings.read', render: SettingsPage },
  { id: 'audit', label: 'Audit log', permission: 'audit.read', render: AuditPage },
  // Organisation set-up (issue 17): letterheads and homes; #/partners/C33 edits one.
  { id: 'partners', label: 'Partners', permission: 'partners.manage', render: PartnersPage },
  // Retention and disposal, legal holds (issue 21): managers.
  { id: 'retention', label: 'Retention', permission: 'retention.dispose', render: RetentionPage },
  // Issue 21: data subjects' requests and the disclosure log, for managers (and administrators).
  { id: 'governance', label: 'Information governance', permission: 'disclosures.manage', render: GovernancePage },
  // Issue 22: the office host (its certificates, enrolled PCs, who is connected), for administrators.
  { id: 'office-host', label: 'Office host', permission: 'host.manage', render: OfficeHostPage },
];

export function navItemsFor(permissions: readonly Action[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}
