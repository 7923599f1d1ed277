import type { EvidenceType } from '../../shared/domain/vocabulary';
import { AppError } from '../../shared/result';
import { evidenceFileName } from './file-name';
import { jpegSize, pngSize, type ImageSize } from './image-size';
import { checkPdf, type PdfCheckOptions } from './pdf-check';
import { refusal } from './sniff';
import { sniffSource } from './sniff-source';
import { bytesSource, type EvidenceSource } from './source';

/**
 * What a file is and whether a bundle can use it (security.md §5): the type decided from the content
 * against an allowlist, the name it is kept under decided by that type (file-name.ts), images with absurd
 * dimensions refused, PDFs inspected off the main thread. Refusals throw 'bad-input' with a sentence.
 */
export interface InspectOptions {
  /** Largest image accepted, in pixels (width × height). */
  maxImagePixels?: number;
  pdf?: PdfCheckOptions;
}

/** sharp's default limitInputPixels (security.md §5): 16383 × 16383, above any phone camera (200 MP). */
export const MAX_IMAGE_PIXELS = 268_402_689;

/**
 * How much of an image is read to find its size. A PNG says it in its first 24 bytes; a JPEG after its
 * APPn segments (EXIF, ICC profile, XMP: each at most 64 KB, rarely more than a few), so 16 MiB is far
 * more than any camera writes before the frame header.
 */
const IMAGE_HEADER_BYTES = 16 * 1024 * 1024;

export interface Inspection {
  type: EvidenceType;
  /** The name to keep the file under: the chosen name with the extension its content proves. */
  fileName: string;
  usableInBundle: boolean;
  unusableReason: string | null;
  pageCount: number | null;
}

const megapixels = (px: number) => `${(px / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} megapixels`;
const thousands = (n: number) => n.toLocaleString('en-GB');

type Verdict = Omit<Inspection, 'fileName'>;

function checkImage(type: 'jpeg' | 'png', header: Uint8Array, maxPixels: number): Verdict {
  const size: ImageSize | null = type === 'png' ? pngSize(header) : jpegSize(header);
  if (!size) return { type, usableInBundle: false, unusableReason: 'damaged: the image’s size could not be read', pageCount: null };
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    throw new AppError(
      'bad-input',
      `This image is ${thousands(size.width)} × ${thousands(size.height)} pixels (${megapixels(pixels)}). Hearth does not accept images over ${megapixels(maxPixels)}, because opening one could exhaust the computer’s memory.`,
    );
  }
  return { type, usableInBundle: true, unusableReason: null, pageCount: null };
}

async function verdictFor(type: EvidenceType, source: EvidenceSource, options: InspectOptions): Promise<Verdict> {
  switch (type) {
    case 'jpeg':
    case 'png':
      return checkImage(type, source.head(IMAGE_HEADER_BYTES), options.maxImagePixels ?? MAX_IMAGE_PIXELS);
    case 'pdf': {
      // The one kind held whole: pdf-lib (in its worker) needs the whole file.
      const pdf = await checkPdf(source.inMemory ?? source.whole(), options.pdf);
      return pdf.usable
        ? { type: 'pdf', usableInBundle: true, unusableReason: null, pageCount: pdf.pageCount }
        : { type: 'pdf', usableInBundle: false, unusableReason: pdf.reason, pageCount: pdf.pageCount };
    }
    case 'docx':
      // Bundles merge PDFs and embed images; nothing here converts Word offline.
      return { type: 'docx', usableInBundle: false, unusableReason: 'a Word document: save it as a PDF to put it in a bundle', pageCount: null };
    case 'audio':
      return { type: 'audio', usableInBundle: false, unusableReason: 'an audio recording has no pages: list it and give it to the court separately', pageCount: null };
  }
}

export async function inspectContent(file: Uint8Array | EvidenceSource, fileName: string, options: InspectOptions = {}): Promise<Inspection> {
  const source = file instanceof Uint8Array ? bytesSource(file) : file;
  const found = await sniffSource(source);
  if (!found.type) throw new AppError('bad-input', refusal(found));
  const keptName = await evidenceFileName(fileName, { ...found, type: found.type });
  return { ...(await verdictFor(found.type, source, options)), fileName: keptName };
}
