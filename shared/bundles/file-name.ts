import { cleanFileName, safeFileName } from '../files/safe-name';

/**
 * B13: the bundle's file name carries the claim number, a short case name, the bundle letter and the
 * hearing date (B&PC guidance; the 2021 e-bundle guidance), e.g.
 * "K12AB345 - Circle 33 v Whitcombe - Bundle A - hearing 2026-12-03.pdf".
 *
 * Safe on Windows, macOS and Linux: no path separators, reserved characters or control characters,
 * no trailing dots or spaces, at most 150 characters before the extension (shared/files/safe-name.ts).
 */
export interface FileNameParts {
  claimNumber: string;
  /** Used when no claim number has been issued yet (the case reference). */
  fallbackRef: string;
  shortName: string;
  letter: string;
  hearingDate: string | null;
  /** "index" for the DOCX index beside it. */
  suffix?: string;
  extension: 'pdf' | 'docx';
}

const UNSAFE = /[<>:"/\\|?*]+/g;

/** A part of the name: reserved characters become spaces; invisible ones (controls, bidi overrides) go (safe-name.ts). */
export function cleanPart(value: string): string {
  return cleanFileName(value.replace(UNSAFE, ' '));
}

export function bundleFileName(parts: FileNameParts): string {
  const claim = cleanPart(parts.claimNumber) || cleanPart(parts.fallbackRef) || 'no claim number';
  const pieces = [claim, cleanPart(parts.shortName) || 'bundle', `Bundle ${cleanPart(parts.letter) || 'A'}`];
  pieces.push(parts.hearingDate ? `hearing ${parts.hearingDate}` : 'hearing date to be fixed');
  if (parts.suffix) pieces.push(cleanPart(parts.suffix));
  let stem = pieces.join(' - ');
  if (stem.length > 150) stem = stem.slice(0, 150).trimEnd();
  return safeFileName(stem, parts.extension);
}

/** The pattern B13 is tested against. */
export const BUNDLE_FILE_NAME = /^(.+) - (.+) - Bundle ([A-Z]{1,2}[0-9]{0,2}) - (hearing \d{4}-\d{2}-\d{2}|hearing date to be fixed)( - [^.]+)?\.(pdf|docx)$/;

/** The default short name: "Circle 33 Housing Trust v Whitcombe" shortened to the landlord's first words and the respondent's surname. */
export function defaultShortName(partnerName: string, respondent: string | null): string {
  const landlord = partnerName.replace(/\b(Housing|Association|Trust|Homes|Limited|Ltd)\b/gi, '').replace(/\s+/g, ' ').trim() || partnerName;
  const surname = respondent?.trim().split(/\s+/).pop() ?? 'Persons unknown';
  return `${landlord} v ${surname}`.slice(0, 80);
}
