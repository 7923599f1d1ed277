import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxField } from '../../renderer/src/ui/CheckboxField';
import { ConfirmDialog } from '../../renderer/src/ui/ConfirmDialog';
import { DataTable, HiddenHeader } from '../../renderer/src/ui/DataTable';
import { DateField, DateTimeField } from '../../renderer/src/ui/DateField';
import { ErrorSummary } from '../../renderer/src/ui/ErrorSummary';
import { RadioGroup } from '../../renderer/src/ui/RadioGroup';
import { saveFile } from '../../renderer/src/ui/saveFile';
import { TextAreaField } from '../../renderer/src/ui/TextAreaField';

/** The shared widget kit (renderer/src/ui): what each widget promises people using a keyboard or a screen reader. */

function Box(props: { error?: string; hint?: string }) {
  const [on, setOn] = useState(false);
  return <CheckboxField id="box" label="Hard to read" checked={on} onChange={setOn} {...props} />;
}

describe('CheckboxField', () => {
  it('is named by its label alone, described by its hint, and ticks from its label', async () => {
    render(<Box hint="A typed copy goes next to it in the bundle." />);
    const box = screen.getByRole('checkbox', { name: 'Hard to read' });
    expect(box.getAttribute('aria-describedby')).toBe('box-hint');
    expect(document.getElementById('box-hint')?.textContent).toBe('A typed copy goes next to it in the bundle.');
    await userEvent.click(screen.getByText('Hard to read'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('shows a problem above the box, tied to it and marked invalid', () => {
    render(<Box error="Confirm that you understand." />);
    const box = screen.getByRole('checkbox', { name: 'Hard to read' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('box-error');
    expect(document.getElementById('box-error')?.textContent).toBe('Error: Confirm that you understand.');
  });
});

describe('RadioGroup', () => {
  it('is one named group whose first radio carries the id an error summary links to', async () => {
    const onChange = vi.fn();
    render(<RadioGroup id="kind" legend="Kind of contact" options={[{ code: 'phone', label: 'Phone call' }, { code: 'visit', label: 'Home visit' }]} value="" onChange={onChange} error="Choose the kind of contact." />);
    const group = screen.getByRole('group', { name: 'Kind of contact' });
    expect(within(group).getAllByRole('radio')[0]!.id).toBe('kind');
    expect(group.getAttribute('aria-describedby')).toBe('kind-error');
    await userEvent.click(within(group).getByLabelText('Home visit'));
    expect(onChange).toHaveBeenCalledWith('visit');
  });
});

describe('DataTable', () => {
  const rows = [
    { id: 1, ref: 'C33-2026-0001', status: 'Open' },
    { id: 2, ref: 'C33-2026-0002', status: 'Closed' },
  ];
  it('gives each column a header, each row its header cell, and leaves out a column set to false', () => {
    render(
      <DataTable
        caption="Cases"
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        columns={[{ header: 'Case', rowHeader: true, cell: (r) => r.ref }, { header: 'Status', cell: (r) => r.status }, false, { header: <HiddenHeader>Open</HiddenHeader>, cell: () => 'link' }]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Cases' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Case', 'Status', 'Open']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['C33-2026-0001', 'C33-2026-0002']);
    expect(within(table).getByRole('row', { name: /C33-2026-0002 Closed/ })).toBeTruthy();
  });

  it('makes a long table a named region a keyboard can scroll', () => {
    render(<DataTable caption="Rules" scrollLabel="Rules of version 2" rows={rows} rowKey={(r) => r.id} columns={[{ header: 'Case', cell: (r) => r.ref }]} />);
    const region = screen.getByRole('region', { name: 'Rules of version 2' });
    expect(region.tabIndex).toBe(0);
  });
});

describe('DateField and DateTimeField', () => {
  it('ask for the UK way of writing a date, and keep what is typed', async () => {
    function Dates() {
      const [day, setDay] = useState('');
      return (
        <>
          <DateField id="on" label="Date obtained" value={day} onChange={setDay} />
          <DateTimeField id="at" label="When" value="" onChange={() => undefined} />
        </>
      );
    }
    render(<Dates />);
    const day = screen.getByRole('textbox', { name: 'Date obtained' });
    expect(screen.getByText('For example 21/11/2026.').id).toBe('on-hint');
    expect(screen.getByText('For example 21/11/2026 14:30.').id).toBe('at-hint');
    expect(day.getAttribute('type')).toBe('text');
    await userEvent.type(day, '21/11/2026');
    expect((day as HTMLInputElement).value).toBe('21/11/2026');
  });
});

describe('the calendar beside a date field', () => {
  function When({ start }: { start: string }) {
    const [at, setAt] = useState(start);
    return <DateTimeField id="at" label="When did it happen?" value={at} onChange={setAt} />;
  }

  it('opens on the typed date, moves by day, week and month from the keyboard, and keeps the typed time', async () => {
    render(<When start="28/02/2026 14:30" />);
    await userEvent.click(screen.getByRole('button', { name: /^Calendar\s*for “When did it happen\?”$/ }));
    const dialog = screen.getByRole('dialog', { name: 'Choose the date: When did it happen?' });
    expect(within(dialog).getByText('February 2026')).toBeTruthy();
    // 28/02/2026 is a Saturday: the grid starts on Monday, so it is in the sixth column.
    const chosen = within(dialog).getByRole('button', { name: '28 February 2026, the date in the field' });
    expect(chosen.closest('tr')?.querySelectorAll('td')[5]?.contains(chosen)).toBe(true);
    expect(chosen.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(chosen, { key: 'ArrowRight' }); // 1 March
    fireEvent.keyDown(dialog.querySelector('table')!, { key: 'ArrowDown' }); // 8 March
    fireEvent.keyDown(dialog.querySelector('table')!, { key: 'PageUp' }); // 8 February
    expect(within(dialog).getByText('February 2026')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: '8 February 2026' }));
    expect((screen.getByRole('textbox', { name: 'When did it happen?' }) as HTMLInputElement).value).toBe('08/02/2026 14:30');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('starts on today when nothing is typed, and gives a date alone', async () => {
    render(<When start="" />);
    await userEvent.click(screen.getByRole('button', { name: /^Calendar/ }));
    const focusable = screen.getByRole('dialog').querySelector('button.calendar__day[tabindex="0"]')!;
    await userEvent.click(focusable);
    expect((screen.getByRole('textbox', { name: 'When did it happen?' }) as HTMLInputElement).value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });
});

describe('a long text near its limit', () => {
  it('shows nothing far from the limit, counts down near it, and says how many too many past it, described to the textarea', () => {
    const { rerender } = render(<TextAreaField id="d" label="Describe what happened" limit={10_000} value={'a'.repeat(7_000)} onChange={() => undefined} />);
    const box = screen.getByRole('textbox', { name: 'Describe what happened' });
    expect(screen.queryByText(/characters? (left|too many)/)).toBeNull();
    rerender(<TextAreaField id="d" label="Describe what happened" limit={10_000} value={'a'.repeat(7_600)} onChange={() => undefined} />);
    expect(screen.getByText('You have 2,400 characters left').id).toBe('d-status');
    expect(box.getAttribute('aria-describedby')).toContain('d-status');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    rerender(<TextAreaField id="d" label="Describe what happened" limit={10_000} value={'a'.repeat(228_000)} onChange={() => undefined} />);
    expect(screen.getByText('You have 218,000 characters too many')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('ErrorSummary', () => {
  it('lists the problems as links that move focus to their fields', async () => {
    render(
      <>
        <ErrorSummary id="p" problems={[{ field: 'name', message: 'Enter the person’s name.' }, { message: 'Hearth is not answering.' }]} focusKey={1} />
        <input id="name" aria-label="Name" />
      </>,
    );
    const summary = screen.getByText('There is a problem').parentElement!;
    expect(document.activeElement).toBe(summary);
    await userEvent.click(screen.getByRole('link', { name: 'Enter the person’s name.' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(screen.getByText('Hearth is not answering.')).toBeTruthy();
  });
});

describe('ConfirmDialog', () => {
  it('opens as a modal dialog with focus on Cancel, and Escape cancels', () => {
    const onCancel = vi.fn();
    render(
      <ConfirmDialog title="Remove Jo Brown?" confirmLabel="Remove Jo Brown" onConfirm={() => undefined} onCancel={onCancel}>
        <p>They will no longer be able to sign in.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Remove Jo Brown?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('saveFile', () => {
  it('offers the bytes for saving under the file’s own name', () => {
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    saveFile({ fileName: 'First written warning — C33-2026-0042.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(clicked).toEqual([{ download: 'First written warning — C33-2026-0042.pdf', href: expect.stringMatching(/^blob:/) }]);
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });
});
