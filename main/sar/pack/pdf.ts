import { formatDate } from '../../../shared/time/format';
import { EXEMPTION_WORDS, type Exemption } from '../../../shared/schemas/subject-requests';
import { createWriter, pageFurniture, type Writer } from '../../reports/pdf/kit';
import type { ComposedItem } from './items';

/**
 * The subject access pack as a tagged PDF (PDF/UA identification, en-GB, headings and bookmarks): a
 * cover saying what it is and what was left out and why, an index of every item with the page it starts
 * on, then each item. Laid out twice: the first pass finds each item's page for the index.
 */
export interface PackContent {
  requester: string;
  partnerName: string;
  receivedOn: string;
  madeOn: string;
  items: ComposedItem[];
  withheld: { key: string; title: string; exemption: Exemption }[];
  /** How third parties are referred to, in words, for the cover. */
  thirdParties: number;
}

async function lay(c: PackContent, pages: readonly number[] | null): Promise<{ bytes: Buffer; pages: number[]; pageCount: number }> {
  const w: Writer = createWriter({ title: `Subject access request: ${c.requester}`, subject: `The personal information ${c.partnerName} holds about ${c.requester}` });
  const { doc } = w;
  const page = () => doc.bufferedPageRange().count;
  w.newPage();
  w.heading(1, 'Your personal information');
  w.paragraph(`${c.partnerName} — a copy of the information we hold about ${c.requester}, in answer to the subject access request received on ${formatDate(c.receivedOn)} (UK GDPR Article 15). Made on ${formatDate(c.madeOn)}.`);
  w.paragraph(
    c.thirdParties
      ? `Other people are named in our records. Their names, addresses and other details that would identify them have been taken out and replaced with words such as “a witness” or “[address withheld]”, because you have no right to their information unless they agree (Data Protection Act 2018, Schedule 2, paragraphs 16 and 17).`
      : 'No other person’s details needed to be taken out.',
  );
  if (c.withheld.length) w.paragraph(`${c.withheld.length} item${c.withheld.length === 1 ? ' is' : 's are'} not included because an exemption applies; each is listed in the index with the exemption.`);
  w.paragraph('If anything here is wrong you may ask us to correct it (Article 16). If you are unhappy with how we have handled your request you may complain to the Information Commissioner’s Office (ico.org.uk, 0303 123 1113).');
  w.heading(2, 'Index');
  c.items.forEach((item, i) => w.paragraph(`${i + 1}. ${item.section}: ${item.title}${item.caseRef ? ` (${item.caseRef})` : ''} — page ${pages?.[i] ?? 999}`, { gap: 2 }));
  c.withheld.forEach((item) => w.paragraph(`Withheld: ${item.title} — ${EXEMPTION_WORDS[item.exemption]}`, { gap: 2 }));
  const starts: number[] = [];
  let section = '';
  c.items.forEach((item, i) => {
    if (i === 0 || item.section !== section) {
      w.newPage();
      section = item.section;
    }
    w.heading(2, `${i + 1}. ${item.title}`);
    starts.push(page());
    for (const [label, value] of item.fields) w.paragraph(`${label}: ${value}`, { gap: 2 });
    if (item.text) w.paragraph(item.text);
  });
  pageFurniture(w, `Subject access request: ${c.requester}`);
  const pageCount = page();
  return { bytes: await w.finish(), pages: starts, pageCount };
}

export async function writePackPdf(c: PackContent): Promise<{ bytes: Buffer; pageCount: number }> {
  const first = await lay(c, null);
  const second = await lay(c, first.pages);
  return { bytes: second.bytes, pageCount: second.pageCount };
}
