import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();

/** Home's warning (issue 17): no folder, no backup yet, or the last one over a week old. */
describe('backup:status', () => {
  it('warns until a folder is set and a backup made, and again once it is a week old', async () => {
    const root = temp();
    const app = await makeWorkspace(root);
    expect(await app.must('backup:status', {})).toEqual({ folder: null, lastBackupAt: null, warning: 'no-folder' });
    const folder = `${root}/backups`;
    await app.must('settings:update', { backupFolder: folder });
    expect(await app.must('backup:status', {})).toMatchObject({ folder, warning: 'never' });
    await app.must('backup:create', {});
    expect(await app.must('backup:status', {})).toEqual({ folder, lastBackupAt: '2026-11-21T09:00:00.000Z', warning: null });
    app.now.value = new Date('2026-11-28T09:00:00Z');
    expect((await app.must('backup:status', {})).warning).toBeNull();
    app.now.value = new Date('2026-11-28T09:00:01Z');
    expect((await app.must('backup:status', {})).warning).toBe('old');
  });
});
