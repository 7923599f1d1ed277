import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../../helpers/core';
import { useTempDirs } from '../../helpers/temp';

const temp = useTempDirs();
const DOC = join(__dirname, '..', '..', '..', 'docs', 'import-format.md');

/** The first ```json block of docs/import-format.md: the example a reader would copy. */
function docsExample(): unknown {
  const match = /```json\n([\s\S]*?)```/.exec(readFileSync(DOC, 'utf8'));
  if (!match) throw new Error('docs/import-format.md has no ```json example');
  return JSON.parse(match[1]!);
}

describe('docs/import-format.md', () => {
  it('has an example that imports as it stands', async () => {
    const app = await makeWorkspace(temp());
    const document = docsExample() as { cases: unknown[] };
    const out = await app.must('import:run', { document });
    expect(out.created).toBe(document.cases.length);
    const views = await Promise.all(out.refs.map((ref) => app.must('case:getByRef', { ref })));
    expect(views.map((v) => v.header.partner)).toEqual(['C33', 'WH']);
    expect(views[1]!.header.status).toBe('closed');
  });
});
