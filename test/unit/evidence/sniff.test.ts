import { describe, expect, it } from 'vitest';
import { mp4Handlers, nameContradicts, nameExtension, refusal, sniff } from '../../../main/evidence/sniff';
import * as files from '../../helpers/evidence-files';

describe('sniff: the type comes from the bytes', () => {
  it.each([
    ['PDF', () => files.pdf(1), 'pdf', 'application/pdf'],
    ['JPEG', () => files.jpeg(640, 480), 'jpeg', 'image/jpeg'],
    ['PNG', () => files.png(4, 4), 'png', 'image/png'],
    ['Word (zip with word/document.xml)', () => files.docx(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['MP3 with an ID3 tag', () => files.mp3(), 'audio', 'audio/mpeg'],
    ['WAV', () => files.wav(), 'audio', 'audio/wav'],
    ['M4A (ftyp M4A)', () => files.mp4('M4A ', ['soun']), 'audio', 'audio/x-m4a'],
    ['sound-only MPEG-4 (ftyp isom, as Android recorders write)', () => files.mp4('isom', ['soun']), 'audio', 'audio/mp4'],
    ['Ogg Opus (a WhatsApp voice note)', () => files.oggOpus(), 'audio', 'audio/ogg; codecs=opus'],
    ['FLAC', () => files.flac(), 'audio', 'audio/flac'],
  ])('recognises %s', async (_what, make, type, mime) => {
    const found = await sniff(await make());
    expect(found.type).toBe(type);
    expect(found.mime).toBe(mime);
  });

  it.each([
    ['a ZIP archive', () => files.zip({ 'notes.txt': 'hello' }), /^This file is a ZIP archive, not one of: PDF, JPEG, PNG, Word, audio\.$/],
    ['an MPEG-4 video (it has a video track)', () => files.mp4('isom', ['soun', 'vide']), /^This file is an MPEG-4 video, not one of/],
    ['plain text', () => Buffer.from('Just some notes about the case'), /cannot tell from its contents what kind of file this is.*It accepts: PDF, JPEG, PNG, Word, audio\./],
    ['a GIF', () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), /^This file is a GIF image, not one of/],
    ['a Windows program', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), /^This file is a Windows program, not one of/],
  ])('refuses %s with a sentence naming what it is', async (_what, make, message) => {
    const found = await sniff(make());
    expect(found.type).toBeNull();
    expect(refusal(found)).toMatch(message);
  });

  it('tells sound-only MPEG-4 from video by the track handlers', () => {
    expect(mp4Handlers(files.mp4('isom', ['soun']))).toEqual({ sound: true, video: false });
    expect(mp4Handlers(files.mp4('isom', ['vide', 'soun']))).toEqual({ sound: true, video: true });
    expect(mp4Handlers(Buffer.from('hdlr'))).toEqual({ sound: false, video: false });
  });
});

describe('nameContradicts: a name that says something else', () => {
  it('refuses a .pdf whose bytes are a PNG, naming both', async () => {
    const message = await nameContradicts('statement.pdf', 'png', 'a PNG image');
    expect(message).toMatch(/"statement\.pdf" says it is a PDF document \(\.pdf\), but its contents are a PNG image/);
  });

  it.each(['door.gif', 'letter.doc', 'notes.txt', 'clip.mov'])('refuses a name of another known kind (%s holding a PNG)', async (name) => {
    expect(await nameContradicts(name, 'png', 'a PNG image')).toMatch(new RegExp(`ends in \\.${name.split('.')[1]}, but its contents are a PNG image`));
  });

  it.each([
    ['photo.JPG', 'jpeg'],
    ['photo.jpeg', 'jpeg'],
    ['scan.jfif', 'jpeg'],
    ['call.mp3', 'audio'],
    ['call.m4a', 'audio'], // any audio name for audio content: players read the content
    ['Voice note.opus', 'audio'],
    ['statement.docx', 'docx'],
    ['no extension', 'pdf'],
    ['IMG_0001', 'jpeg'],
    ['export.download', 'pdf'], // an extension no program would recognise says nothing
  ] as const)('accepts %s for %s', async (name, type) => {
    expect(await nameContradicts(name, type, 'x')).toBeNull();
  });

  it('reads the extension after the last dot, ignoring a leading dot', () => {
    expect(nameExtension('a.b.PDF')).toBe('pdf');
    expect(nameExtension('.hidden')).toBeNull();
    expect(nameExtension('trailing.')).toBeNull();
  });
});
