import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hearthQuery } from '../../api/queries';
import { useSession } from '../../hooks/useSession';
import { SelectField } from '../../ui/SelectField';
import { ThresholdPanel } from './ThresholdPanel';

/**
 * The ASB case review thresholds of the partners a manager works for (issue 20), where managers work: the
 * Service standards screen. The local agencies set the threshold and a manager records it, as the
 * service-standard profiles are versioned; administrators also have it on the Partners screen.
 */
export function CaseReviewThresholds() {
  const { session } = useSession();
  const partners = useQuery(hearthQuery('partners:list', {}));
  const mine = session.partners;
  const [chosen, setChosen] = useState(mine[0] ?? '');
  const nameOf = (code: string) => partners.data?.find((p) => p.code === code)?.name;
  const label = (code: string) => (nameOf(code) ? `${nameOf(code)} (${code})` : code);
  return (
    <section className="panel" aria-labelledby="case-review-thresholds-heading">
      <h2 id="case-review-thresholds-heading">Case review thresholds</h2>
      <p>
        The threshold for an ASB case review (the “community trigger”) in each area you work for. A new version applies to applications received from the day it is in force; earlier
        applications keep the version they were received under.
      </p>
      {mine.length === 0 && <p>You do not work for any partner, so there is no threshold to set.</p>}
      {mine.length > 1 && <SelectField id="case-review-thresholds-partner" label="Partner" value={chosen} onChange={setChosen} options={mine.map((code) => ({ value: code, label: label(code) }))} />}
      {chosen && <ThresholdPanel key={chosen} partner={chosen} level={3} />}
    </section>
  );
}
