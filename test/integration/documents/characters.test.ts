import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from './fixture';
import { pdfText } from './read-back';

/**
 * Characters the document font (DejaVu Sans) lacks, mostly emoji quoted from text messages, were dropped
 * from PDFs without a word (issue 13, finding 7). They are now set in a fallback font (Noto Emoji), so
 * the letter says what the message said, and the text can be searched and copied.
 */
const temp = useTempDirs();

describe('characters DejaVu lacks in a letter', () => {
  it('are printed from the fallback font, in place, and read back as text', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const quoted = 'On 19/11/2026 you sent a message saying “👊🔥🏠 tonight” to a neighbour.';
    const letter = await app.must('document:generate', { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText: quoted } });
    const pdf = await app.must('document:export', { id: letter.id, format: 'pdf' });
    const text = (await pdfText(pdf.bytes)).pages.join(' ');
    expect(text).toContain('👊🔥🏠 tonight');
    // The fallback font is embedded (a subset), as every font in Hearth's PDFs is.
    expect(Buffer.from(pdf.bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoEmoji/);
  });
});
