import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DueRequestLine } from '../../shared/schemas/standards';
import { RequestsDue } from '../../renderer/src/features/deadlines/RequestsDue';
import { renderScreen } from './render';

/**
 * The dashboard's "requests from people about their information" (issue 21): how many, how many overdue,
 * each linking to its request on the Information governance screen, an extended one marked; and a calm line
 * when none is due.
 */
const line = (over: Partial<DueRequestLine>): DueRequestLine => ({ id: 1, kind: 'access', partner: 'C33', name: 'Joan Pike', dueOn: '2026-12-01', extended: false, section: 'overdue', ...over });

describe('the requests due on the dashboard', () => {
  it('counts them, says how many are overdue, and links each to its request', () => {
    renderScreen(<RequestsDue requests={[line({}), line({ id: 2, kind: 'erasure', name: 'Walter Crane', dueOn: '2027-02-01', extended: true, section: 'week' })]} />);
    const section = screen.getByRole('region', { name: /Requests from people about their information/ });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toContain('2');
    expect(section.textContent).toContain('1 overdue.');
    const link = within(section).getByRole('link', { name: 'Joan Pike (request 1)' });
    expect(link.getAttribute('href')).toBe('#/governance/1');
    const crane = within(section).getByRole('row', { name: /Walter Crane/ });
    expect(crane.textContent).toContain('Erasure');
    expect(crane.textContent).toContain('01/02/2027 (extended)');
    expect(crane.textContent).toContain('Due this week');
  });

  it('says none is due when the list is empty', () => {
    renderScreen(<RequestsDue requests={[]} />);
    expect(screen.getByText(/No subject access, rectification or erasure request is overdue or due this week/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
