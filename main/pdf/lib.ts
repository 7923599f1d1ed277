import * as pdfLib from 'pdf-lib';

/**
 * The PDF library Hearth reads and writes PDFs with, by its public API: the one place in main/ that
 * names the package. Everything else imports it from here (a lint rule in eslint.config.mjs says so),
 * so a change of library is a change to this line and to the few files beside it that reach past the
 * public API for speed (see main/pdf/README.md).
 */
export * from 'pdf-lib';

/*
 * The classes a bundle build touches millions of times, bound once as plain constants. Through the
 * `export *` above, a bundled (esbuild) build reaches each of them through a chain of getters on every
 * use (the re-export, then pdf-lib's own CommonJS re-exports): a profile of the bundle worker put those
 * getters among its top costs (issue 15). Bound here, the bundler refers to them directly. Each is the
 * same class object as pdf-lib's (the speed patches in fast-*.ts change it in place), so `instanceof`
 * and the patches are unchanged; the type of each is its instance type, as before.
 */
export const PDFArray = pdfLib.PDFArray;
export type PDFArray = pdfLib.PDFArray;
export const PDFBool = pdfLib.PDFBool;
export type PDFBool = pdfLib.PDFBool;
export const PDFContext = pdfLib.PDFContext;
export type PDFContext = pdfLib.PDFContext;
export const PDFDict = pdfLib.PDFDict;
export type PDFDict = pdfLib.PDFDict;
export const PDFHexString = pdfLib.PDFHexString;
export type PDFHexString = pdfLib.PDFHexString;
export const PDFName = pdfLib.PDFName;
export type PDFName = pdfLib.PDFName;
export const PDFNull = pdfLib.PDFNull;
export type PDFNull = typeof pdfLib.PDFNull;
export const PDFNumber = pdfLib.PDFNumber;
export type PDFNumber = pdfLib.PDFNumber;
export const PDFObject = pdfLib.PDFObject;
export type PDFObject = pdfLib.PDFObject;
export const PDFRawStream = pdfLib.PDFRawStream;
export type PDFRawStream = pdfLib.PDFRawStream;
export const PDFRef = pdfLib.PDFRef;
export type PDFRef = pdfLib.PDFRef;
export const PDFStream = pdfLib.PDFStream;
export type PDFStream = pdfLib.PDFStream;
export const PDFString = pdfLib.PDFString;
export type PDFString = pdfLib.PDFString;
