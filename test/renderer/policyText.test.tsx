import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PolicySource, PolicyText } from '../../renderer/src/ui/PolicyText';
import { GuardReportView } from '../../renderer/src/features/actions/form/GuardReportView';

describe('policy references in words', () => {
  it('shows "Policy 4.5", not "P4.5", with the paragraph as its description on focus', () => {
    render(<p>Refer over the weekend (<PolicyText text="P4.5" />).</p>);
    const ref = screen.getByText('Policy 4.5', { exact: false });
    expect(ref.closest('p')?.textContent).not.toMatch(/\bP4\.5\b/);
    expect(ref.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(ref.getAttribute('aria-describedby') ?? '');
    expect(tip?.textContent).toContain('reported on a Friday, and fear of violence is still present');
  });

  it('reads a range, a whole section, and a standard’s source list with the council page', () => {
    const { container } = render(
      <>
        <PolicyText text="The action plan (P4.10–4.11) and the ladder (P5)." />
        <PolicySource source="P4.8, P6.2, C" />
      </>,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Policy 4.10–4.11');
    expect(text).toContain('Policy section 5');
    expect(text).toContain('Policy 4.8');
    expect(text).toContain('council page');
    expect(text).toContain('remove offensive graffiti within 24 hours');
  });

  it('puts the guards’ rules in words on the action form', () => {
    const { container } = render(
      <GuardReportView
        report={{ blocks: [{ guard: 'age', rule: 'P5.9', message: 'This partner seeks injunctions only against adults (P5.9).' }], flags: [{ guard: 'single-incident', rule: 'P3.4', message: 'One incident.' }], notices: [] }}
        acks={{}}
        ackErrors={{}}
        onAck={() => undefined}
        onRecordConfirmation={() => undefined}
      />,
    );
    expect(container.textContent).toContain('Policy 5.9');
    expect(screen.getByLabelText('Why you are going ahead (Policy 3.4)')).toBeTruthy();
    expect(container.innerHTML).not.toMatch(/>P\d\.\d+</);
  });
});
