import { PDFDict, type PDFName, type PDFObject } from './lib';

/**
 * pdf-lib writes a dictionary by first copying its entries into a new array of [key, value] pairs, once
 * to measure it and again to write it, for every dictionary of every object: a profile of a cold bundle
 * build of 300 exhibits put that copying (PDFDict.entries) among its top costs, and its garbage in the
 * collector's time (issue 15). Here the same bytes are measured and written straight from the
 * dictionary's own map, in the same order, with nothing copied. PDFDict keeps its entries in a private
 * Map named `dict` (pdf-lib 1.17.1 and the fork alike); a library without one keeps its own code.
 */
interface DictInside {
  dict?: Map<PDFName, PDFObject>;
  sizeInBytes(): number;
  copyBytesInto(buffer: Uint8Array, offset: number): number;
}

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const NEWLINE = 0x0a;
const SPACE = 0x20;

let installed = false;

export function installFastWrite(): void {
  if (installed) return;
  installed = true;
  const proto = PDFDict.prototype as unknown as DictInside;
  const original = { sizeInBytes: proto.sizeInBytes, copyBytesInto: proto.copyBytesInto };
  proto.sizeInBytes = function sizeInBytes(this: DictInside): number {
    const map = this.dict;
    if (!(map instanceof Map)) return original.sizeInBytes.call(this);
    let size = 5;
    map.forEach((value, key) => {
      size += key.sizeInBytes() + value.sizeInBytes() + 2;
    });
    return size;
  };
  proto.copyBytesInto = function copyBytesInto(this: DictInside, buffer: Uint8Array, offset: number): number {
    const map = this.dict;
    if (!(map instanceof Map)) return original.copyBytesInto.call(this, buffer, offset);
    const start = offset;
    buffer[offset++] = LESS_THAN;
    buffer[offset++] = LESS_THAN;
    buffer[offset++] = NEWLINE;
    map.forEach((value, key) => {
      offset += key.copyBytesInto(buffer, offset);
      buffer[offset++] = SPACE;
      offset += value.copyBytesInto(buffer, offset);
      buffer[offset++] = NEWLINE;
    });
    buffer[offset++] = GREATER_THAN;
    buffer[offset++] = GREATER_THAN;
    return offset - start;
  };
}
