import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../main/core';
import { writeDocx } from '../../main/documents/docx';
import { writePdf } from '../../main/documents/pdf';
import { call, SLOT_COST, timed } from './cases';
import { median, ms } from './stats';

/**
 * Issue 6's figures: one letter made (both files written from one model, stored, hashed, audited, the
 * chronology and deadlines updated) through dispatch(), median once warm, under 150 ms; and a batch of
 * 1,000 residents' letters under 60 s with the process's peak memory (RSS) under 500 MB.
 */
export async function runDocumentBench(): Promise<[string, string, string][]> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-documents-'));
  const core = createCore({ dir: join(dir, 'ws'), slotCost: SLOT_COST, log: () => undefined });
  try {
    await call(core, 'workspace:create', { workspaceName: 'Bench', admin: { username: 'bench', displayName: 'Bench Admin', passphrase: 'quiet harbour lantern' } });
    await call(core, 'partners:save', { code: 'C33', name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London N7 8QX', phone: '0300 456 2233', email: 'neighbourhoods@circle33.org.uk' });
    const received = new Date(Date.now() - 3_600_000).toISOString();
    const c = await call(core, 'case:create', {
      partner: 'C33',
      receivedAt: received,
      method: 'phone',
      category: 'harassment',
      location: { address: '4 Elm Road', estate: 'Elm Estate', postcode: 'N1 1AA' },
      parties: [
        { key: 'a', role: 'complainant', name: 'Amira Haddad', address: '4 Elm Road, London', postcode: 'N1 1AA' },
        { key: 'b', role: 'alleged-perpetrator', name: 'Darren Whitcombe', tenure: 'secure', address: '2 Elm Road, London', postcode: 'N1 1AB' },
      ],
      incidents: [{ occurredAt: received, description: 'Threats at the door.', acts: ['threat-of-violence', 'verbal-abuse'] }],
    });
    const perp = (await call(core, 'case:get', { id: c.id })).parties.find((p) => p.role === 'alleged-perpetrator')!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    await call(core, 'confirmation:add', { caseId: c.id, partyId: perp.id, basis: 'staff-witnessed', detail: 'Heard by the caretaker', on: today });
    await call(core, 'action:create', { caseId: c.id, subjectPartyId: perp.id, startedOn: today, details: { kind: 'written-warning-first', behaviour: 'Threatening a neighbour' } });
    const request = { caseId: c.id, templateId: 'first-warning', partyId: perp.id };

    for (let i = 0; i < 5; i += 1) await call(core, 'document:generate', request);
    const generate: number[] = [];
    for (let i = 0; i < 30; i += 1) generate.push(await timed(() => call(core, 'document:generate', request)));
    const { model } = await call(core, 'document:preview', request);
    const pdf: number[] = [];
    const docx: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      pdf.push(await timed(() => writePdf([model])));
      docx.push(await timed(() => writeDocx([model])));
    }

    const addresses = Array.from({ length: 1000 }, (_, i) => `${i + 1} Elm Road, London, N1 ${1 + (i % 9)}AA`);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const start = performance.now();
    const job = await call(core, 'document:batchStart', { caseId: c.id, templateId: 'area-letter', addresses });
    let status = job;
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = await call(core, 'job:status', { jobId: job.jobId });
    }
    const batchMs = performance.now() - start;
    clearInterval(sampler);
    if (status.state !== 'done') throw new Error(`batch ${status.state}: ${status.message}`);
    const documentId = status.result?.kind === 'letters' ? status.result.documentId : null;
    const stored = (await call(core, 'document:list', { caseId: c.id })).find((d) => d.id === documentId)!;
    const size = (f: string) => `${((stored.files.find((x) => x.format === f)?.size ?? 0) / 1024 / 1024).toFixed(1)} MB`;
    return [
      ['one letter generated, PDF + DOCX, stored (median of 30, warm)', ms(median(generate)), 'target < 150 ms'],
      ['  of which the PDF writer (median of 20)', ms(median(pdf)), ''],
      ['  of which the DOCX writer (median of 20)', ms(median(docx)), ''],
      ['1,000 residents’ letters, PDF + DOCX, stored', `${(batchMs / 1000).toFixed(1)} s`, 'target < 60 s'],
      ['  peak memory (RSS) during the batch', `${Math.round(peak / 1024 / 1024)} MB (${Math.round(before / 1024 / 1024)} MB before it)`, 'target < 500 MB'],
      ['  files', `PDF ${size('pdf')}, DOCX ${size('docx')}`, ''],
    ];
  } finally {
    core.sessions.signOut();
    rmSync(dir, { recursive: true, force: true });
  }
}
