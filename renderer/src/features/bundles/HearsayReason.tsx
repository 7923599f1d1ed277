import type { BundlePlan, HearsayReasonOption } from '../../../../shared/schemas/bundles';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextAreaField } from '../../ui/TextAreaField';

/**
 * The hearsay notice's reason (CPR 33.2(3); issue 15): chosen from the reasons the case record supports
 * (main/bundles/hearsay-reasons.ts offers fear of reprisals only where it was recorded, and so on), then
 * worded — the words start as the record's and the user may change them. "Another reason" starts empty:
 * Hearth never supplies a reason of its own.
 */
export function HearsayReason({ plan, options, onChange }: { plan: BundlePlan; options: readonly HearsayReasonOption[]; onChange: (next: BundlePlan, said?: string) => void }) {
  const chosen = plan.hearsayReasonKind ?? (plan.hearsayReason.trim() ? 'other' : '');
  return (
    <section className="panel" aria-labelledby="hearsay-h">
      <h2 id="hearsay-h">Hearsay notice</h2>
      <RadioGroup
        id="hearsay-kind"
        legend="Why the makers of hearsay statements will not be called (CPR 33.2(3))"
        hint="Only the reasons the case record supports are offered. Choose one, then check its words."
        options={options.map((o) => ({ code: o.kind, label: o.label }))}
        value={chosen}
        onChange={(kind) => {
          const option = options.find((o) => o.kind === kind);
          onChange({ ...plan, hearsayReasonKind: kind, hearsayReason: option?.words ?? '' }, `Reason chosen: ${option?.label ?? kind}. Its words are below; change them if they are not right.`);
        }}
      />
      <TextAreaField
        id="hearsay-reason"
        label="The reason, as the notice will give it"
        hint={chosen === 'other' ? 'In your own words: Hearth does not supply a reason.' : 'Taken from the case record. Change the words if they are not right; keep to what the record shows.'}
        rows={3}
        limit={2000}
        value={plan.hearsayReason}
        onChange={(v) => onChange({ ...plan, hearsayReasonKind: chosen === '' ? 'other' : chosen, hearsayReason: v.slice(0, 2000) })}
      />
    </section>
  );
}
