import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { BundlePlan, HearsayReasonOption } from '../../shared/schemas/bundles';
import { HearsayReason } from '../../renderer/src/features/bundles/HearsayReason';

/**
 * Issue 15: the hearsay notice's reason is chosen from those main found on the record, and then worded.
 * Choosing one puts the record's words in the box for the user to change; "another reason" starts empty —
 * the screen never supplies a reason of its own.
 */
const OPTIONS: HearsayReasonOption[] = [
  { kind: 'no-consent', label: 'The Complainant has not consented to being identified', words: 'The Complainant has not consented in writing to their identity being disclosed to the court.' },
  { kind: 'fear-of-reprisals', label: 'Fear of reprisals (recorded on 21/11/2026)', words: 'The Complainant told the Claimant of their fear of reprisals (recorded on 21/11/2026).' },
  { kind: 'other', label: 'Another reason (in your own words)', words: '' },
];
const PLAN = { letter: 'A', shortName: 'C33 v Whitcombe', hearingDate: null, sections: [], hearsayReason: OPTIONS[0]!.words, hearsayEvidence: [], pageLimit: 300, sizeLimitMb: 36, hearsayReasonKind: 'no-consent' } satisfies BundlePlan;

function Harness({ seen }: { seen: BundlePlan[] }) {
  const [plan, setPlan] = useState<BundlePlan>(PLAN);
  return (
    <HearsayReason
      plan={plan}
      options={OPTIONS}
      onChange={(next) => {
        seen.push(next);
        setPlan(next);
      }}
    />
  );
}

describe('the hearsay reason', () => {
  it('offers only the reasons given, puts the chosen one’s words in the box, keeps the user’s edits, and leaves “another reason” empty', async () => {
    const seen: BundlePlan[] = [];
    render(<Harness seen={seen} />);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.queryByRole('radio', { name: /cannot be found|child/ })).toBeNull();
    expect((screen.getByRole('radio', { name: 'The Complainant has not consented to being identified' }) as HTMLInputElement).checked).toBe(true);

    await userEvent.click(screen.getByRole('radio', { name: 'Fear of reprisals (recorded on 21/11/2026)' }));
    const box = screen.getByLabelText('The reason, as the notice will give it');
    expect((box as HTMLTextAreaElement).value).toBe(OPTIONS[1]!.words);
    await userEvent.type(box, ' She said so again.');
    expect(seen.at(-1)).toMatchObject({ hearsayReasonKind: 'fear-of-reprisals', hearsayReason: `${OPTIONS[1]!.words} She said so again.` });

    await userEvent.click(screen.getByRole('radio', { name: 'Another reason (in your own words)' }));
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(seen.at(-1)).toMatchObject({ hearsayReasonKind: 'other', hearsayReason: '' });
  });
});
