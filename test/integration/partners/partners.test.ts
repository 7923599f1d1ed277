import { describe, expect, it } from 'vitest';
import { ADMIN, makeApp, makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';
import { richCase } from '../documents/fixture';
import { pdfText } from '../documents/read-back';

const temp = useTempDirs();

const C33 = {
  code: 'C33',
  name: 'Circle 33 Housing Trust',
  address: 'Circle House\n1 Reading Road\nLondon',
  postcode: 'n7 8qx',
  phone: '0300 456 2233',
  email: 'neighbourhoods@circle33.org.uk',
  website: 'www.circle33.org.uk',
  signedFor: 'Circle 33 Neighbourhoods',
  homes: 12000,
  homesFrom: '2026-04-01',
};

/** The Partners screen's channels (issue 17): the letterhead, checked field by field, and homes from a date. */
describe('partners:save and partners:list', () => {
  it('keeps the whole letterhead, normalises the postcode and dates the homes figure', async () => {
    const app = await makeWorkspace(temp());
    const saved = await app.must('partners:save', C33);
    expect(saved).toMatchObject({ ...C33, postcode: 'N7 8QX', homesFrom: '2026-04-01', profileId: 'group-minimum', active: true });
    const listed = (await app.must('partners:list', {})).find((p) => p.code === 'C33');
    expect(listed).toEqual(saved);
    // Ten partners to start with, and the others untouched.
    expect((await app.must('partners:list', {})).filter((p) => p.phone === '')).toHaveLength(9);
  });

  it.each([
    ['phone', { phone: '12345' }, /phone: Enter a UK telephone number such as 0300 123 4567/],
    ['phone', { phone: '+1 212 555 0100' }, /phone: Enter a UK telephone number/],
    ['e-mail', { email: 'asb at circle33' }, /email: Enter an e-mail address such as asb@partner\.org\.uk/],
    ['postcode', { postcode: 'NOT A CODE' }, /postcode: Enter a UK postcode such as N1 1AA/],
    ['website', { website: 'not a site' }, /website: Enter a web address such as www\.partner\.org\.uk/],
    ['legal name', { name: ' ' }, /name: Enter the partner’s legal name\./],
    ['homes', { homes: -5 }, /homes: The number of homes cannot be negative\./],
  ])('refuses a bad %s with a field error that says how to put it right, and changes nothing', async (_what, bad, message) => {
    const app = await makeWorkspace(temp());
    await app.must('partners:save', C33);
    const r = await app.call('partners:save', { ...C33, ...bad });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(message) } });
    expect((await app.must('partners:list', {})).find((p) => p.code === 'C33')).toMatchObject({ phone: C33.phone, email: C33.email, postcode: 'N7 8QX' });
  });

  it('accepts the ways UK numbers are written', async () => {
    const app = await makeWorkspace(temp());
    for (const phone of ['020 7946 0018', '+44 20 7946 0018', '(01632) 960 001', '07700-900123', '0800 123456']) {
      expect((await app.must('partners:save', { ...C33, phone })).phone).toBe(phone);
    }
  });

  it('is for administrators only', async () => {
    const app = await makeWorkspace(temp());
    await app.must('users:add', { username: 'mo', displayName: 'Mo Rahman', role: 'manager', passphrase: 'river stone lantern' });
    await app.must('session:signOut', {});
    await app.must('session:signIn', { username: 'mo', passphrase: 'river stone lantern' });
    await app.must('session:changePassphrase', { current: 'river stone lantern', next: 'another river stone' });
    expect(await app.call('partners:save', C33)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('homes per partner in the reports', () => {
  const asb = (receivedAt: string) => ({
    partner: 'C33',
    receivedAt,
    method: 'phone' as const,
    category: 'asb' as const,
    parties: [{ key: 'c1', role: 'complainant' as const, name: 'Pat Complainant' }],
    incidents: [{ occurredAt: receivedAt, description: 'Loud music until 3am.', acts: ['nuisance' as const] }],
  });

  it('gives a per-1,000-homes figure once the homes are set, where it was n/a before', async () => {
    const app = await makeWorkspace(temp());
    app.now.value = new Date('2026-06-30T12:00:00Z');
    for (const d of ['2026-05-02', '2026-05-09', '2026-06-01']) await app.must('case:create', asb(`${d}T10:00:00Z`));
    const filters = { from: '2026-04-01', to: '2026-06-30' };
    const before = (await app.must('report:get', { filters })).current.nm01.partners.find((p) => p.code === 'C33')!;
    expect(before).toMatchObject({ asb: 3, homes: 0, asbPer1000: null });

    await app.must('partners:save', { ...C33, homes: 1500, homesFrom: '2026-04-01' });
    const after = (await app.must('report:get', { filters })).current.nm01.partners.find((p) => p.code === 'C33')!;
    expect(after).toMatchObject({ asb: 3, homes: 1500, asbPer1000: 2 });
    expect(after.homesSource).toBe('from 1 April 2026');
  });
});

describe('a letter and its partner’s details', () => {
  it('names the Partners screen while a detail is missing, then prints the whole letterhead', async () => {
    const app = await makeWorkspace(temp());
    const c = await richCase(app);
    const request = { caseId: c.id, templateId: 'first-warning', partyId: c.perp.id, actionId: c.first, slots: { incidentsText: 'On 19/11/2026 you threatened to burn a neighbour’s front door.' } };
    await app.must('partners:save', { code: 'C33', name: 'Circle 33 Housing Trust' });
    const missing = await app.call('document:preview', request);
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/needs partner\.phone \(the partner’s telephone number\), which is not set for Circle 33 Housing Trust.*An administrator adds it on the Partners screen, then try again\.$/) },
    });

    await app.must('partners:save', C33);
    const doc = await app.must('document:generate', request);
    const text = (await pdfText((await app.must('document:export', { id: doc.id, format: 'pdf' })).bytes)).pages.join('\n');
    for (const expected of ['Circle House', '1 Reading Road', 'N7 8QX', 'Telephone 0300 456 2233', 'neighbourhoods@circle33.org.uk', 'www.circle33.org.uk', 'Circle 33 Neighbourhoods']) expect(text).toContain(expected);
  });
});

describe('first run: the office’s own partner details', () => {
  const office = { partner: 'SAH', address: 'Orwell Quay House, 11 Key Street, Ipswich', postcode: 'ip2 8zz', phone: '01473 000 111', email: 'asb@southanglia.org.uk' };

  it('are saved with the new workspace', async () => {
    const app = makeApp(temp());
    await app.must('workspace:create', { workspaceName: 'Ipswich Team', admin: ADMIN, office });
    expect((await app.must('partners:list', {})).find((p) => p.code === 'SAH')).toMatchObject({ code: 'SAH', name: 'South Anglia Housing', address: office.address, postcode: 'IP2 8ZZ', phone: office.phone, email: office.email });
  });

  it('refuse a bad phone number, or an unknown partner, and create nothing', async () => {
    const root = temp();
    const app = makeApp(root);
    expect(await app.call('workspace:create', { workspaceName: 'Ipswich Team', admin: ADMIN, office: { ...office, phone: '999' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/office\.phone: Enter a UK telephone number/) },
    });
    expect(await app.call('workspace:create', { workspaceName: 'Ipswich Team', admin: ADMIN, office: { ...office, partner: 'NOPE' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/There is no partner with the code NOPE/) },
    });
    expect((await app.must('workspace:status', {})).exists).toBe(false);
    await app.must('workspace:create', { workspaceName: 'Ipswich Team', admin: ADMIN, office });
  });
});
