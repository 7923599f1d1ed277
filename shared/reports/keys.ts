/**
 * Figure keys: the name of one figure in a report ("cases:category:asb", "response:acknowledge:breached").
 * The measures count by these keys and the drill-down lists the cases behind one, by walking the same
 * facts with the same tally (shared/reports/measures.ts), so a figure and its list cannot disagree.
 * Keys are matched whole, never parsed.
 */
export const RESPONSE_STATES = ['met-on-time', 'met-late', 'breached', 'waived', 'not-yet-due'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

export const keys = {
  casesTotal: 'cases:total',
  casesHate: 'cases:hate',
  casesCategory: (c: string) => `cases:category:${c}`,
  openAtEnd: 'cases:open-at-end',
  trend: (i: number) => `cases:trend:${i}`,
  screenedOut: 'cases:screened-out',
  screenedOutcome: (o: string) => `cases:screened-out:${o}`,
  incidentsTotal: 'incidents:total',
  incidentAct: (a: string) => `incidents:act:${a}`,
  /** partner code, or 'all' */
  nm01: (kind: 'asb' | 'hate' | 'linked', partner: string) => `nm01:${kind}:${partner}`,
  /** ruleId, 'all' or 'urgent'; state, or 'due' for every item */
  response: (rule: string, state: ResponseState | 'due') => `response:${rule}:${state}`,
  referrals: 'support:referrals',
  referralAgency: (a: string) => `support:agency:${a}`,
  supportOffered: 'support:offered',
  withoutConsent: 'support:without-consent',
  closed: 'resolution:closed',
  resolved: 'resolution:resolved',
  resolvedOnTime: 'resolution:on-time',
  outcome: (o: string) => `resolution:outcome:${o}`,
  surveysOffered: 'satisfaction:offered',
  surveysCompleted: 'satisfaction:completed',
  score: (n: number) => `satisfaction:score:${n}`,
  actionsTotal: 'actions:total',
  actionsLegal: 'actions:legal',
  actionKind: (k: string) => `actions:kind:${k}`,
  costsTotal: 'costs:total',
  costKind: (k: string) => `costs:kind:${k}`,
  estate: (name: string) => `hotspots:estate:${name}`,
  district: (name: string) => `hotspots:district:${name}`,
  method: (m: string) => `methods:method:${m}`,
  /** P7.2: satisfaction with the outcome, apart from the handling. */
  outcomeScore: (n: number) => `satisfaction:outcome-score:${n}`,
  /** P5.10, P5.17–5.20: what legal and police actions came to. */
  damages: 'actions:result:damages',
  costsOrder: (payer: string) => `actions:result:costs:${payer}`,
  policeOutcome: (o: string) => `actions:result:police:${o}`,
  offence: (o: string) => `actions:result:offence:${o}`,
  /** P8.3: letters sent in another format. */
  formatSent: (f: string) => `support:format:${f}`,
} as const;
