/**
 * The PDF library Hearth reads and writes PDFs with, by its public API: the one place in main/ that
 * names the package. Everything else imports it from here (a lint rule in eslint.config.mjs says so),
 * so a change of library is a change to this line and to the few files beside it that reach past the
 * public API for speed (see main/pdf/README.md).
 */
export * from 'pdf-lib';
