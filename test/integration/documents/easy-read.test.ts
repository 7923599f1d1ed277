import { beforeAll, describe, expect, it } from 'vitest';
import { EASY_READ_JARGON } from '../../../shared/documents/easy-read';
import type { Block, DocumentModel } from '../../../shared/documents/model';
import { runsText } from '../../../shared/documents/model';
import type { TestApp } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { type CaseInStatus, richCaseIn, type RichCase } from './fixture';

/**
 * Easy Read that is easy (issue 19 §2): every Easy Read variant, made for a realistic case, read as its
 * reader would — at most 15 words a sentence, no word from the jargon list unless the sentence says what
 * it is called, dates in the long form ("Monday 23 November 2026", never 23/11/2026), a picture beside a
 * paragraph before the first heading and in every section, and no "From," sign-off.
 *
 * What the officer writes (the free-text slots, a contract's terms, the plan's actions, a breach, the
 * closure reason) is the officer's to word; the officer's text here is written as an Easy Read writer
 * would, and what the case records in office words is taken out before the words are counted, so the test
 * reads what the template and Hearth put in the letter.
 */
const temp = useTempDirs();

const EASY_SLOTS: Record<string, Record<string, string>> = {
  'abc-review': { progress: 'You kept away from the stairs.\n\nNo one has told us about new problems.' },
  'case-review-update': { update: 'We put a camera by your door.\n\nThe police will walk down your road at night.' },
  'area-letter': { message: 'People have been shouting at night.' },
  'interview-invitation': { when: 'Tuesday 1 December 2026 at 10 in the morning', bring: 'any notes or photos you have' },
  'abc-breach': { meeting: 'Monday 30 November 2026 at 2 in the afternoon' },
  'officer-contact': { message: 'I tried to phone you.\n\nI could not speak to you.' },
  'case-review-acknowledgement': { decisionBy: '11/12/2026' },
};

/** The complainant asks for an ASB case review (issue 20): decided, reviewed, one recommendation (its letters' Easy Read). */
async function caseReviewOn(app: TestApp, c: RichCase): Promise<void> {
  const view = await app.must('case:get', { id: c.id });
  const complainant = view.parties.find((p) => p.role === 'complainant')!;
  // Two more complaints in the six months, so the threshold (three) is met and the review is held.
  for (const at of ['2026-11-10T19:00:00Z', '2026-11-14T20:30:00Z']) {
    await app.must('incident:add', { caseId: c.id, incident: { occurredAt: at, description: 'Shouting on the landing.', acts: ['verbal-abuse'] }, reportedByPartyId: complainant.id });
  }
  await app.must('casereview:apply', { caseId: c.id, applicantPartyId: complainant.id, receivedOn: '2026-11-21', receivedVia: 'council' });
  const [a] = (await app.must('casereview:get', { caseId: c.id })).applications;
  const met = a!.check.met;
  await app.must('casereview:decideThreshold', { caseId: c.id, applicationId: a!.id, decidedOn: '2026-11-21', met, reason: met ? '' : 'Fewer complaints than the threshold in the six months.' });
  await app.must('casereview:recordReview', { caseId: c.id, applicationId: a!.id, leadBody: 'Islington Council', meetingOn: '2026-11-21', attendees: ['Council ASB lead'], decision: 'We will do two more things to help you.', applicantToldOn: '2026-11-21' });
  await app.must('casereview:addRecommendation', { caseId: c.id, applicationId: a!.id, ownerBody: 'Circle 33', partnerOwned: true, what: 'Fit a door camera', dueOn: '2026-12-05' });
}

/** The case's own records, in office words an officer typed (fixture.ts), taken out before reading. */
const OFFICER_RECORDS = [
  'Not to use abusive, racist or threatening language towards anyone living in or visiting Elm Road',
  'Not to loiter in the shared stairwells of Elm House',
  'Not to damage any door, wall or window on the Elm Estate',
  'Shouted abuse at a neighbour in the stairwell of Elm House.',
  'Fit a door entry camera and a fire-proof letterbox',
  'Visit Mr Whitcombe to give the warning in person',
  'Refer to Victim Support for emotional support',
  'The abuse has stopped since the injunction was granted, and Ms Haddad feels safe at home again.',
];

interface Paragraph {
  text: string;
  picture: boolean;
  heading: boolean;
}

function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    if (b.kind === 'heading') return [{ text: runsText(b.runs), picture: false, heading: true }];
    if (b.kind === 'paragraph') return [{ text: runsText(b.runs), picture: Boolean(b.picture), heading: false }];
    if (b.kind === 'list') return b.items.map((i) => ({ text: runsText(i), picture: false, heading: false }));
    if (b.kind === 'table') return [...(b.header ?? []), ...b.rows.flat().map(runsText)].map((text) => ({ text, picture: false, heading: false }));
    if (b.kind === 'box') return paragraphsOf(b.blocks);
    return [];
  });
}

/** What a reader of this Easy Read letter would stumble on. */
export function easyReadProblems(model: DocumentModel): string[] {
  const problems: string[] = [];
  const paragraphs = paragraphsOf(model.blocks).map((p) => ({ ...p, text: OFFICER_RECORDS.reduce((t, r) => t.split(r).join(''), p.text) }));
  for (const p of paragraphs) {
    for (const sentence of p.text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (words.length > 15) problems.push(`${words.length} words: “${sentence}”`);
      const lower = sentence.toLowerCase();
      for (const j of EASY_READ_JARGON) if (lower.includes(j) && !/\bcalled\b/.test(lower)) problems.push(`jargon “${j}”: “${sentence}”`);
    }
    const short = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.exec(p.text);
    if (short) problems.push(`a short date ${short[0]}: “${p.text}”`);
    if (/^From,?$/.test(p.text.trim())) problems.push('the sign-off “From,”');
  }
  // A picture before the first section heading, and in every section.
  let section = '(the opening)';
  let pictured = false;
  for (const p of paragraphs) {
    if (p.heading && /^#|^[^:]/.test(p.text) && p !== paragraphs[0]) {
      if (!pictured) problems.push(`no picture in ${section}`);
      section = `“${p.text}”`;
      pictured = false;
    } else if (p.picture) pictured = true;
  }
  if (!pictured) problems.push(`no picture in ${section}`);
  return problems;
}

type Case = CaseInStatus;

const setUp = (status: 'open' | 'closure-proposed' | 'closed'): Promise<Case> => richCaseIn(temp(), status);

async function easyRead({ app, c }: Case, id: string): Promise<DocumentModel> {
  const choice = (await app.must('document:templates', { caseId: c.id })).find((t) => t.id === id)!;
  const r = choice.recipients[0]!;
  const slots = { ...(id === 'first-warning' || id === 'final-warning' ? { incidentsText: 'Written for the standard letter.' } : {}), ...(EASY_SLOTS[id] ?? {}) };
  const preview = await app.must('document:preview', { caseId: c.id, templateId: id, partyId: r.partyId, actionId: r.actionId, referralId: r.referralId, slots, easyRead: true });
  expect(preview.refusal, `${id}: ${preview.refusal?.message}`).toBeNull();
  expect(preview.model.variant.easyRead).toBe(true);
  return preview.model;
}

const OPEN = ['acknowledgement', 'officer-contact', 'interview-invitation', 'first-warning', 'final-warning', 'abc-contract', 'abc-review', 'abc-breach', 'action-plan', 'case-review-update', 'area-letter'];
const CASE_REVIEW = ['case-review-acknowledgement', 'case-review-threshold', 'case-review-outcome'];

describe('every Easy Read variant reads as Easy Read', () => {
  let open: Case;
  let proposed: Case;
  let closed: Case;
  let reviewed: Case;
  beforeAll(async () => {
    [open, proposed, closed, reviewed] = await Promise.all([setUp('open'), setUp('closure-proposed'), setUp('closed'), setUp('open')]);
    await caseReviewOn(reviewed.app, reviewed.c);
  });

  it('covers every template that has an Easy Read variant', async () => {
    const all = (await closed.app.must('document:templates', { caseId: closed.c.id })).filter((t) => t.variants.includes('easy-read')).map((t) => t.id);
    expect(all.sort()).toEqual([...OPEN, ...CASE_REVIEW, 'closure', 'feedback-survey'].sort());
  });

  it.each(OPEN)('%s', async (id) => {
    const model = await easyRead(open, id);
    expect(easyReadProblems(model)).toEqual([]);
    expect(model.fontSize).toBeGreaterThanOrEqual(14);
  });

  it.each(CASE_REVIEW)('%s (after an ASB case review was held)', async (id) => {
    const model = await easyRead(reviewed, id);
    expect(easyReadProblems(model)).toEqual([]);
    expect(model.fontSize).toBeGreaterThanOrEqual(14);
  });

  it('closure', async () => expect(easyReadProblems(await easyRead(proposed, 'closure'))).toEqual([]));
  it('feedback-survey', async () => expect(easyReadProblems(await easyRead(closed, 'feedback-survey'))).toEqual([]));

  it('writes the first warning’s incidents in plain words with long dates, and finds what was wrong before (the standard text)', async () => {
    const model = await easyRead(open, 'first-warning');
    const text = paragraphsOf(model.blocks).map((p) => p.text).join('\n');
    expect(text).toMatch(/On (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ 2026:/);
    expect(text).not.toMatch(/criminal damage|threatening, abusive or insulting/i);
    expect(model.blocks.filter((b) => b.kind === 'paragraph' && b.picture).map((b) => (b.kind === 'paragraph' ? b.picture!.alt : ''))).toEqual(expect.arrayContaining(['A warning sign', 'A stop sign', 'A judge', 'A telephone']));
    // The checker is not toothless: the standard letter fails it.
    const standard = await open.app.must('document:preview', { caseId: open.c.id, templateId: 'first-warning', partyId: open.c.perp.id, actionId: open.c.first, slots: { incidentsText: 'On 19/11/2026 at 21:00: criminal damage.' } });
    const found = easyReadProblems(standard.model).join('\n');
    expect(found).toMatch(/a short date 19\/11\/2026/);
    expect(found).toMatch(/jargon “criminal damage”/);
    expect(found).toMatch(/no picture/);
  });
});
