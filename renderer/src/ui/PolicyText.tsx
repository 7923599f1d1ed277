import { Fragment, useId, type ReactNode } from 'react';
import { POLICY_PARAGRAPHS, POLICY_REFERENCE, policyParagraphText, referenceWords } from '../../../shared/domain/policy-paragraphs';

/**
 * "Policy 4.5" where the code says "P4.5", with the paragraph's own words on hover and on keyboard focus
 * (a tooltip the reference names with aria-describedby, so a screen reader hears it too). Text without a
 * reference comes back as it is.
 */
export function PolicyText({ text }: { text: string }) {
  const base = useId();
  const parts: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(POLICY_REFERENCE)) {
    const [whole, first, end] = m as unknown as [string, string, string | undefined];
    const at = m.index ?? 0;
    parts.push(text.slice(last, at));
    parts.push(<PolicyRef key={`${at}`} id={`${base}-${n++}`} first={first} last={end} />);
    last = at + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts.map((p, i) => (typeof p === 'string' ? <Fragment key={`t${i}`}>{p}</Fragment> : p))}</>;
}

/** A service standard's source list ("P4.8, P6.2, C"): each reference in words, "C" the council's page. */
export function PolicySource({ source }: { source: string }) {
  const base = useId();
  const items = source.split(/,\s*/).filter(Boolean);
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={item}>
          {i > 0 && ', '}
          {item.trim() === 'C' ? <PolicyRef id={`${base}-${i}`} council /> : <PolicyText text={item} />}
        </Fragment>
      ))}
    </>
  );
}

function PolicyRef({ id, first, last, council }: { id: string; first?: string; last?: string; council?: boolean }) {
  const words = council ? 'council page' : referenceWords(first!, last);
  const paragraph = council ? POLICY_PARAGRAPHS.C : policyParagraphText(first!, last);
  if (!paragraph) return <>{words}</>;
  return (
    <span className="policy-ref" tabIndex={0} aria-describedby={id}>
      {words}
      <span className="policy-ref__tip" role="tooltip" id={id}>
        {paragraph}
      </span>
    </span>
  );
}
