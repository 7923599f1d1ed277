import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { installFastNames } from '../../../main/pdf/fast-names';

describe('the PDFName.of shortcut the bundle worker installs', () => {
  it('returns the very instances pdf-lib would, escaped names included', () => {
    const before = [PDFName.of('Type'), PDFName.of('A#20B'), PDFName.of('FlateDecode')];
    installFastNames();
    expect(PDFName.of('Type')).toBe(before[0]);
    expect(PDFName.of('A#20B')).toBe(before[1]);
    expect(PDFName.of('A B')).toBe(before[1]); // #20 is a space: one name, one instance
    expect(PDFName.of('FlateDecode')).toBe(before[2]);
    expect(PDFName.of('Brand#2DNew').decodeText()).toBe('Brand-New');
    expect(PDFName.of('Brand-New')).toBe(PDFName.of('Brand#2DNew'));
  });
});
