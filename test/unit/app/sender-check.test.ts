import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../main/app/app-url';
import { judgeElectronSender } from '../../../main/app/sender-check';

const OUR_SENDER = { name: 'our web contents' };
const OTHER_SENDER = { name: 'some other web contents' };
const isOurs = (sender: unknown) => sender === OUR_SENDER;

const topFrame = (url: string) => ({ url, parent: null });
const event = (senderFrame: { url: string; parent: unknown } | null, sender: unknown = OUR_SENDER) => ({ sender, senderFrame });

describe('judgeElectronSender', () => {
  it("accepts the top frame of one of Hearth's windows on app://hearth", () => {
    expect(judgeElectronSender(event(topFrame('app://hearth/index.html')), isOurs)).toEqual({ trusted: true, transport: 'electron' });
    expect(judgeElectronSender(event(topFrame('app://hearth/index.html#/cases/C33-2026-0042?tab=1')), isOurs).trusted).toBe(true);
  });

  it('refuses a null senderFrame (navigated away or destroyed)', () => {
    const verdict = judgeElectronSender(event(null), isOurs);
    expect(verdict.trusted).toBe(false);
  });

  it('refuses a senderFrame whose getter throws', () => {
    const ev = {
      sender: OUR_SENDER,
      get senderFrame(): null {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(judgeElectronSender(ev, isOurs).trusted).toBe(false);
  });

  it('refuses a subframe, even one on app://hearth', () => {
    const parent = topFrame('app://hearth/index.html');
    const verdict = judgeElectronSender(event({ url: 'app://hearth/index.html', parent }), isOurs);
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/top frame/) });
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/index.html',
    'file:///C:/Users/officer/AppData/Roaming/Hearth/index.html',
    'app://evil/index.html',
    'app://hearth.evil.example/index.html',
    'app://hearth:8080/index.html',
    'app://user:pass@hearth/index.html',
    'app:hearth/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
    'not a url',
  ])('refuses a page on a foreign origin: %s', (url) => {
    const verdict = judgeElectronSender(event(topFrame(url)), isOurs);
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/not served by Hearth/) });
  });

  it('refuses a window that is not one of ours, even on app://hearth', () => {
    const verdict = judgeElectronSender(event(topFrame('app://hearth/index.html'), OTHER_SENDER), isOurs);
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/Hearth window/) });
  });

  it('refuses when the window predicate throws', () => {
    const verdict = judgeElectronSender(event(topFrame('app://hearth/index.html')), () => {
      throw new Error('destroyed');
    });
    expect(verdict.trusted).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('matches app://hearth only, by parsing rather than prefix', () => {
    expect(isAppUrl('app://hearth/index.html')).toBe(true);
    expect(isAppUrl('app://hearth/')).toBe(true);
    expect(isAppUrl('app://hearthx/index.html')).toBe(false);
    expect(isAppUrl('app://hearth@evil.example/')).toBe(false);
    expect(isAppUrl('https://hearth/index.html')).toBe(false);
    expect(isAppUrl('APP://hearth/index.html')).toBe(true); // schemes are case-insensitive and URL lowercases them
  });
});
