import { PDFName } from './lib';

/**
 * pdf-lib's PDFName.of runs a regular expression over every name it is given (to undo #xx escapes) before
 * looking it up in its pool, and parsing 300 exhibits asks it for hundreds of thousands of names. A name
 * with no '#' is its own decoded form, so it is looked up directly, in a map in front of pdf-lib's pool
 * that holds the same instances (PDFName objects are compared by identity throughout pdf-lib).
 */
let installed = false;

export function installFastNames(): void {
  if (installed) return;
  installed = true;
  const original = PDFName.of.bind(PDFName);
  const plain = new Map<string, PDFName>();
  PDFName.of = (name: string): PDFName => {
    if (name.includes('#')) return original(name);
    let found = plain.get(name);
    if (!found) {
      found = original(name);
      plain.set(name, found);
    }
    return found;
  };
}
