import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DANGEROUS_EXTENSIONS, lastExtension } from '../../../shared/files/safe-name';
import { formatOf, listedFileName, provenFileName } from '../../../main/evidence/file-name';
import { hostileName, INVISIBLE } from '../../helpers/hostile-names';

/** The table of hostile names through real intake is test/integration/evidence/hostile-names.test.ts. */
describe('provenFileName (evidence)', () => {
  it('always ends in an extension of the proven format, and is unchanged when applied again', () => {
    const formats = ['pdf', 'jpg', 'png', 'docx', 'mp3', 'wav', 'm4a', 'opus'] as const;
    fc.assert(
      fc.property(hostileName, fc.constantFrom(...formats), (chosen, ext) => {
        const format = formatOf(ext, 'pdf');
        const name = provenFileName(chosen, format);
        expect(format.names).toContain(lastExtension(name));
        expect(provenFileName(name, format)).toBe(name);
        expect(DANGEROUS_EXTENSIONS.has(lastExtension(name)!)).toBe(false);
        expect(name).not.toMatch(INVISIBLE);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists a stored record under the same name it was kept under', () => {
    for (const [name, type] of [['door.jpg', 'jpeg'], ['IMG_0001.JPEG', 'jpeg'], ['call.m4a', 'audio'], ['call.ogg', 'audio'], ['scan.pdf', 'pdf'], ['shot.png', 'png']] as const) {
      expect(listedFileName(name, type)).toBe(name);
    }
  });
});
