import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUser, ADMIN, as, BOB, expectOk, expectOneSentence, hearth, initWorkspace, useTempDirs } from './harness';

const temp = useTempDirs();

interface Listed {
  code: string;
  name: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  website: string;
  signedFor: string;
  homes: number;
  homesFrom: string | null;
  active: boolean;
  logo: { format: string; width: number; height: number; size: number } | null;
}
const listed = async (dir: string) => JSON.parse(expectOk(await hearth(['partner', 'list', '--json'], { env: as(dir, ADMIN) })).stdout) as Listed[];

describe('hearth partner', () => {
  it('lists the ten partners and says which still lack what letters need', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = expectOk(await hearth(['partner', 'list'], { env: as(dir, ADMIN) }));
    const lines = ran.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+NAME\s+PHONE\s+E-MAIL\s+HOMES\s+ADDRESS$/);
    expect(lines.slice(1, 11).map((l) => l.split(/\s+/)[0])).toEqual(['C33', 'CAL', 'EPIC', 'INV', 'MV', 'OF', 'ROD', 'RUS', 'SAH', 'WH']);
    expect(ran.stdout).toMatch(/Letters need a telephone number, address and e-mail: C33, CAL, .*WH still lack one\./);
  });

  it('sets only the details given, keeps the rest, and dates the homes', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(
      await hearth(['partner', 'set', 'c33', '--address', 'Circle House, 1 Reading Road, London', '--postcode', 'n78qx', '--phone', '0300 456 2233', '--email', 'asb@circle33.org.uk', '--homes', '12,000', '--homes-from', '2026-04-01'], {
        env: as(dir, ADMIN),
      }),
    );
    const ran = expectOk(await hearth(['partner', 'set', 'C33', '--website', 'www.circle33.org.uk'], { env: as(dir, ADMIN) }));
    expect(ran.stdout).toBe('Saved Circle 33 Housing Trust (C33).\n');
    const c33 = (await listed(dir)).find((p) => p.code === 'C33');
    expect(c33).toMatchObject({ name: 'Circle 33 Housing Trust', address: 'Circle House, 1 Reading Road, London', postcode: 'N7 8QX', phone: '0300 456 2233', email: 'asb@circle33.org.uk', website: 'www.circle33.org.uk', homes: 12000, homesFrom: '2026-04-01', active: true });
    const text = expectOk(await hearth(['partner', 'list'], { env: as(dir, ADMIN) })).stdout;
    expect(text).toMatch(/^C33\s+Circle 33 Housing Trust\s+0300 456 2233\s+asb@circle33\.org\.uk\s+12,000 from 2026-04-01\s+Circle House, 1 Reading Road, London, N7 8QX$/m);
    expect(text).not.toMatch(/still lack one: C33/);
  });

  it('refuses a bad phone number with exit 2 and the field’s own words, changing nothing', async () => {
    const { dir } = await initWorkspace(temp());
    const ran = await hearth(['partner', 'set', 'C33', '--phone', '555-0100', '--email', 'asb@circle33.org.uk'], { env: as(dir, ADMIN) });
    expect(ran.code).toBe(2);
    expect(expectOneSentence(ran)).toMatch(/phone: Enter a UK telephone number such as 0300 123 4567/);
    expect((await listed(dir)).find((p) => p.code === 'C33')).toMatchObject({ phone: '', email: '' });
  });

  it('adds a partner only with a name, and says how when the code is unknown', async () => {
    const { dir } = await initWorkspace(temp());
    const unknown = await hearth(['partner', 'set', 'NEW1', '--phone', '0300 123 4567'], { env: as(dir, ADMIN) });
    expect(unknown.code).toBe(2);
    expect(expectOneSentence(unknown)).toBe('There is no partner with the code NEW1. Give --name to add it, or see hearth partner list.');
    expect(expectOk(await hearth(['partner', 'set', 'NEW1', '--name', 'New Homes Ltd'], { env: as(dir, ADMIN) })).stdout).toBe('Added New Homes Ltd (NEW1).\n');
    expectOk(await hearth(['partner', 'set', 'NEW1', '--inactive'], { env: as(dir, ADMIN) }));
    expect((await listed(dir)).find((p) => p.code === 'NEW1')).toMatchObject({ name: 'New Homes Ltd', active: false });
  });

  it('is for administrators: anyone else is refused with exit 3', async () => {
    const { dir } = await initWorkspace(temp());
    expectOk(await addUser(dir, BOB, 'manager'));
    const ran = await hearth(['partner', 'set', 'C33', '--phone', '0300 123 4567'], { env: as(dir, BOB) });
    expect(ran.code).toBe(3);
  });

  it('puts a logo on the letterhead with --logo, refuses a damaged one in words, and takes it off with --no-logo', async () => {
    const { dir } = await initWorkspace(temp());
    const picture = join(__dirname, '..', '..', '..', 'templates', 'pictures', 'agree.png');
    const set = expectOk(await hearth(['partner', 'set', 'C33', '--logo', picture], { env: as(dir, ADMIN) }));
    expect(set.stdout).toMatch(/^Saved Circle 33 Housing Trust \(C33\)\. Logo: PNG, \d+ × \d+ pixels\.\n$/);
    expect((await listed(dir)).find((p) => p.code === 'C33')!.logo).toMatchObject({ format: 'png', size: readFileSync(picture).length });

    const damaged = join(temp(), 'damaged.png');
    writeFileSync(damaged, readFileSync(picture).subarray(0, 100));
    const refused = await hearth(['partner', 'set', 'C33', '--logo', damaged], { env: as(dir, ADMIN) });
    expect(refused.code).toBe(2);
    expect(expectOneSentence(refused)).toMatch(/The logo could not be read as a PNG: .*The file is damaged or not really a PNG\./);
    expect((await listed(dir)).find((p) => p.code === 'C33')!.logo).not.toBeNull();

    expect(expectOk(await hearth(['partner', 'set', 'C33', '--no-logo'], { env: as(dir, ADMIN) })).stdout).toBe('Saved Circle 33 Housing Trust (C33). The logo was taken off the letterhead.\n');
    expect((await listed(dir)).find((p) => p.code === 'C33')!.logo).toBeNull();
  });
});
