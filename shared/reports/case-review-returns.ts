/**
 * The ASB Case Review returns (issue 20): what the relevant bodies publish for a period (Home Office
 * statutory guidance on the ASB Case Review) — applications received, the number where the threshold
 * was not met, reviews carried out, and reviews that resulted in recommendations — for the group and
 * for each partner. Each application is one fact; which figures it counts in depends on the dates that
 * fall in the period, so one received in March and reviewed in April counts in each month once.
 */
export interface CaseReviewFact {
  caseId: number;
  partner: string;
  received: boolean;
  /** The threshold was decided in the period as not met. */
  notMet: boolean;
  /** A review meeting was held in the period. */
  reviewed: boolean;
  recommendations: number;
}

interface Returns {
  applications: number;
  thresholdNotMet: number;
  reviews: number;
  withRecommendations: number;
}

const empty = (): Returns => ({ applications: 0, thresholdNotMet: 0, reviews: 0, withRecommendations: 0 });

function add(r: Returns, f: CaseReviewFact): void {
  if (f.received) r.applications += 1;
  if (f.notMet) r.thresholdNotMet += 1;
  if (f.reviewed) r.reviews += 1;
  if (f.reviewed && f.recommendations > 0) r.withRecommendations += 1;
}

export function caseReviewReturns(f: { partners: readonly { code: string; name: string }[]; caseReviews?: readonly CaseReviewFact[] }): Returns & { byPartner: (Returns & { code: string; name: string })[] } {
  const group = empty();
  const byPartner = new Map(f.partners.map((p) => [p.code, { code: p.code, name: p.name, ...empty() }]));
  for (const fact of f.caseReviews ?? []) {
    add(group, fact);
    const row = byPartner.get(fact.partner);
    if (row) add(row, fact);
  }
  return { ...group, byPartner: [...byPartner.values()] };
}
