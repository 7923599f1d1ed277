import { installFastInflate } from './fast-inflate';
import { installFastNames } from './fast-names';
import { installFastParse } from './fast-parse';
import { installFastWrite } from './fast-write';
import { installFastXref } from './fast-xref';

/**
 * The speed patches to the PDF library's parser and writer, installed once in a thread that reads many
 * evidence files (the bundle worker, the PDF check). Each gives the same objects (or, for fast-write, the
 * same bytes; fast-xref, the same trailer) as the library's own code, and each has its equivalence test in test/unit/pdf/. fast-inflate also enforces the stream limit while
 * parsing (limits.ts), so it is installed wherever evidence is read.
 */
export function installSpeedPatches(): void {
  installFastInflate();
  installFastNames();
  installFastParse();
  installFastWrite();
  installFastXref();
}
