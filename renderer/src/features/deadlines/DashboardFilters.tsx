import type { DashboardView } from '../../../../shared/schemas/standards';
import { SelectField } from '../../ui/SelectField';

/** Which of the items in scope the dashboard lists (issue 17); the scope and partner are chosen above. */
export interface Filters {
  officer: number | 'unassigned' | null;
  ruleId: string | null;
  urgency: 'all' | 'urgent' | 'not-urgent';
  /** 'unsent': only the letters made but not sent (issue 17). */
  state: 'all' | 'overdue' | 'today' | 'week' | 'unsent';
}

export const NO_FILTERS: Filters = { officer: null, ruleId: null, urgency: 'all', state: 'all' };

interface Props {
  filters: Filters;
  /** What the last answer offered: officers with items in scope (not for "Me") and rules with items. */
  officers: DashboardView['officers'];
  rules: DashboardView['rules'];
  showOfficer: boolean;
  onChange: (filters: Filters) => void;
}

const ANY = '';

const officerValue = (o: Filters['officer']) => (o === null ? ANY : String(o));
const officerFrom = (v: string): Filters['officer'] => (v === ANY ? null : v === 'unassigned' ? 'unassigned' : Number(v));

/** Officer, rule, urgency and state: each a select, so the keyboard and screen readers know them. */
export function DashboardFilters({ filters, officers, rules, showOfficer, onChange }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  // Keep the chosen officer or rule listed even when the answer for it came back empty.
  const ruleOptions = rules.some((r) => r.ruleId === filters.ruleId) || filters.ruleId === null ? rules : [...rules, { ruleId: filters.ruleId, label: filters.ruleId }];
  return (
    <fieldset className="due-filters">
      <legend className="visually-hidden">Filter the deadlines</legend>
      {showOfficer && (
        <SelectField
          id="due-filter-officer"
          label="Officer"
          value={officerValue(filters.officer)}
          onChange={(v) => set({ officer: officerFrom(v) })}
          options={[
            { value: ANY, label: 'Any officer' },
            ...officers.map((o) => (o.ownerId === null ? { value: 'unassigned', label: 'Not assigned' } : { value: String(o.ownerId), label: o.ownerName ?? `Officer ${o.ownerId}` })),
            ...(typeof filters.officer === 'number' && !officers.some((o) => o.ownerId === filters.officer) ? [{ value: String(filters.officer), label: 'The officer chosen' }] : []),
          ]}
        />
      )}
      <SelectField
        id="due-filter-rule"
        label="What is due"
        value={filters.ruleId ?? ANY}
        onChange={(v) => set({ ruleId: v === ANY ? null : v })}
        options={[{ value: ANY, label: 'Anything' }, ...ruleOptions.map((r) => ({ value: r.ruleId, label: r.label }))]}
      />
      <SelectField
        id="due-filter-urgency"
        label="Urgency"
        value={filters.urgency}
        onChange={(v) => set({ urgency: v as Filters['urgency'] })}
        options={[
          { value: 'all', label: 'Urgent and not' },
          { value: 'urgent', label: 'Urgent (24-hour) only' },
          { value: 'not-urgent', label: 'Not urgent only' },
        ]}
      />
      <SelectField
        id="due-filter-state"
        label="Show"
        value={filters.state}
        onChange={(v) => set({ state: v as Filters['state'] })}
        options={[
          { value: 'all', label: 'Overdue, today and this week' },
          { value: 'overdue', label: 'Overdue only' },
          { value: 'today', label: 'Due today only' },
          { value: 'week', label: 'Due this week only' },
          { value: 'unsent', label: 'Letters made but not sent only' },
        ]}
      />
    </fieldset>
  );
}
