import { describe, expect, it } from 'vitest';
import { findIdempotencyKey, insertIdempotencyKey, setIdempotencyAnswer } from '../../../main/host/store';
import { useTempDirs } from '../../helpers/temp';
import { buildFixture, MANAGER, signInAs } from '../reports/fixture';

/**
 * Issue 22: an office host keeps each PC write's answer for a day, so a retry after a dropped connection
 * gets it again. An answer can quote the case it changed; when a case is disposed of, every kept answer is
 * forgotten with it, in the disposal's transaction. The key stays, so a retry is still applied only once.
 */
const temp = useTempDirs();
const DUE_DAY = new Date('2032-06-11T09:00:00Z');

describe('disposal and the office host’s kept answers', () => {
  it('forgets every kept answer when a case is disposed of, and keeps the keys', async () => {
    const { app, ids, refs } = await buildFixture(temp());
    app.now.value = DUE_DAY;
    await signInAs(app, MANAGER);
    const db = app.core.sessions.current()!.ws.db;
    insertIdempotencyKey(db, { device: 'ab12', key: 'answer-quoting-dee-0001', userId: 1, channel: 'note:add', at: DUE_DAY.toISOString() });
    setIdempotencyAnswer(db, 'ab12', 'answer-quoting-dee-0001', JSON.stringify({ ok: true, value: { text: 'Dee Dunn says her brother saw it' } }));
    expect(findIdempotencyKey(db, 'ab12', 'answer-quoting-dee-0001')?.answer).toContain('Dee Dunn');

    await app.must('retention:dispose', { caseId: ids.D, method: 'delete', confirmRef: refs.D });
    const after = app.core.sessions.current()!.ws.db;
    expect(findIdempotencyKey(after, 'ab12', 'answer-quoting-dee-0001')).toEqual({ channel: 'note:add', answer: null });
    const anyAnswer = after.prepare('SELECT count(*) AS n FROM host_idempotency WHERE answer IS NOT NULL').get();
    expect(anyAnswer).toEqual({ n: 0 });
  });
});
