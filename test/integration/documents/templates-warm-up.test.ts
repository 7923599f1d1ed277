import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultTemplates, templatesDir, templatesWarmUp } from '../../../main/documents/templates';
import { warmTemplatesInBackground } from '../../../main/documents/templates-warm-up';
import { ADMIN, makeApp } from '../../helpers/core';

/**
 * Issue 17: the first document:templates of a process used to check every default template (0.3–1.5 s) on
 * the first case opened. Opening the workspace now starts that check in the background, one template per
 * turn of the event loop. (Module state: the order of these tests matters, and this file is its own process.)
 */
const temp = () => mkdtempSync(join(tmpdir(), 'hearth-warm-'));
const FILES = readdirSync(join(templatesDir(), 'letters')).filter((n) => n.endsWith('.txt')).length;

describe('the default templates are checked in the background when a workspace opens', () => {
  it('is not started by a core that did not ask for it (tests, one-shot CLI commands)', async () => {
    const app = makeApp(temp());
    await app.must('workspace:create', { workspaceName: 'Quiet Office', admin: ADMIN });
    expect(templatesWarmUp()).toBeNull();
  });

  it('starts at sign-in (the app’s and browser mode’s onUnlock), checks every default before any request asks, and the first request finds them all', async () => {
    const app = makeApp(temp(), new Date('2026-11-21T09:00:00Z'), { onUnlock: () => warmTemplatesInBackground(() => undefined) });
    await app.must('workspace:create', { workspaceName: 'Test Office', admin: ADMIN });
    const warming = templatesWarmUp();
    expect(warming).not.toBeNull();
    const done = await warming!;
    // All of them were checked by the warm-up, none left for the first request.
    expect(done.checked).toBe(FILES);
    expect(defaultTemplates().size).toBe(FILES);
  });

  it('a request that comes before the warm-up has finished checks what is left itself, and the warm-up stops', async () => {
    vi.resetModules();
    const fresh = await import('../../../main/documents/templates');
    const warming = fresh.warmDefaultTemplates();
    expect(fresh.warmDefaultTemplates()).toBe(warming);
    // Synchronously, before the warm-up's first turn: the request checks all of them.
    expect([...fresh.defaultTemplates().keys()]).toEqual([...defaultTemplates().keys()]);
    expect((await warming).checked).toBe(0);
  });
});
