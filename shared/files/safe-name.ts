/**
 * File names Hearth hands back to people (evidence downloads, letters, bundles, report exports): safe to
 * save and to open on Windows, macOS and Linux, and unable to lie about themselves on screen.
 *
 * - Invisible characters are removed: control characters, format characters (which include the bidi
 *   overrides that turn "invoice‮fdp.exe" into what reads as "invoiceexe.pdf", zero-width spaces and
 *   joiners, byte-order marks) and line or paragraph separators.
 * - Characters Windows does not allow in a name (< > : " / \ | ? *) become "_".
 * - Leading and trailing dots and spaces go: Windows drops trailing ones itself ("run.bat ." is saved as
 *   "run.bat"), and a leading dot hides a file on macOS and Linux.
 * - Windows' device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension) get a "_" in front:
 *   "CON.pdf" cannot be created on Windows.
 * - At most 200 UTF-8 bytes, so the name fits every filesystem (255 bytes) with room for a " (2)".
 *
 * Pure TypeScript: the renderer may use it too.
 */

/** Cc control, Cf format (bidi controls, zero-width characters, BOM, soft hyphen), Zl/Zp separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
/** The part before the first dot is what Windows compares (Microsoft: "Naming Files, Paths, and Namespaces"). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_NAME_BYTES = 200;

/**
 * Extensions that run something when the file is opened: programs, scripts, shortcuts, installers,
 * web pages and Office files with macros. A name that ends in one of these never describes an evidence
 * file (whose content has been proved to be a PDF, a picture, a Word document or a recording), so it is
 * taken off rather than kept: "invoice.pdf.js" is kept as "invoice.pdf".
 */
export const DANGEROUS_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, libraries and installers
  'exe', 'com', 'scr', 'pif', 'cpl', 'dll', 'ocx', 'sys', 'drv', 'msi', 'msp', 'mst', 'msu', 'msix', 'msixbundle', 'appx', 'appxbundle', 'appref-ms', 'application', 'gadget', 'xbap', 'diagcab',
  // scripts and script hosts
  'bat', 'cmd', 'hta', 'js', 'jse', 'mjs', 'cjs', 'vb', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'ws', 'sct', 'ps1', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psm1', 'psd1', 'msh', 'msh1', 'msh2', 'mshxml', 'msh1xml', 'msh2xml', 'py', 'pyw', 'pyc', 'pl', 'rb', 'php', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'command', 'tool', 'applescript', 'scpt',
  // shortcuts, settings and registry files that point at or change other things
  'lnk', 'url', 'website', 'scf', 'inf', 'ins', 'isp', 'reg', 'rgs', 'desktop', 'settingcontent-ms', 'library-ms', 'search-ms', 'searchconnector-ms', 'theme', 'themepack', 'grp', 'msc', 'chm', 'hlp', 'shb', 'shs', 'jnlp', 'jar', 'class',
  // web pages and other documents that run script in a browser
  'htm', 'html', 'xhtml', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl',
  // Office files with macros, add-ins, Access databases
  'docm', 'dotm', 'xlsm', 'xltm', 'xlsb', 'xlam', 'xll', 'xla', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm', 'mdb', 'mde', 'accde', 'ade', 'adp', 'mad', 'maf', 'mag', 'mam', 'maq', 'mar', 'mas', 'mat', 'mav', 'maw',
  // disk images and packages that mount or install
  'iso', 'img', 'vhd', 'vhdx', 'dmg', 'pkg', 'mpkg', 'app', 'deb', 'rpm', 'run', 'bin', 'elf', 'apk', 'crx', 'xpi',
  // certificates (opening one offers to install it)
  'cer', 'crt', 'der', 'p7b', 'p7c',
]);

/** Takes out what a name must not contain (line breaks and tabs become spaces); may return '' when nothing usable is left. */
export function cleanFileName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** The last extension, lower case ("pdf" for "a.b.PDF"), or null. A leading dot starts no extension. */
export function lastExtension(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return null;
  return name.slice(dot + 1).toLowerCase();
}

export function withoutLastExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** "photo.jpg.exe" → "photo.jpg"; "run.bat . .cmd" → "run": every trailing dangerous extension goes. */
export function peelDangerousExtensions(name: string): string {
  let rest = name;
  for (let ext = lastExtension(rest); ext !== null && DANGEROUS_EXTENSIONS.has(ext); ext = lastExtension(rest)) {
    rest = withoutLastExtension(rest).replace(/[\s.]+$/u, '');
  }
  return rest;
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Shortens by whole characters (never half a surrogate pair) until the name fits in `bytes`. */
function fitBytes(stem: string, bytes: number): string {
  if (utf8Length(stem) <= bytes) return stem;
  const chars = Array.from(stem);
  while (chars.length > 0 && utf8Length(chars.join('')) > bytes) chars.pop();
  return chars.join('').replace(/[\s.]+$/u, '');
}

/**
 * The name to save a file under: `stem` cleaned, then `.ext`. `fallback` is used when nothing of the
 * stem is left ("‮" or "..." alone).
 */
export function safeFileName(stem: string, ext: string, fallback = 'file'): string {
  const cleanExt = cleanFileName(ext).replace(/\./g, '');
  const suffix = cleanExt ? `.${cleanExt}` : '';
  let base = fitBytes(cleanFileName(stem), MAX_NAME_BYTES - utf8Length(suffix)) || fallback;
  const device = base.split('.')[0]!.trimEnd();
  if (WINDOWS_DEVICE.test(device)) base = `_${base}`;
  return `${base}${suffix}`;
}
