import { ENGLISH_NOTICE, NOTICE_LANGUAGES } from '../../../shared/languages/interpreter-notices';
import { AppError } from '../../../shared/result';
import { currentNoticeTranslations, currentNoticeVersion, insertNoticeVersion, noticeHistory } from '../../languages/store';
import { activeSession, type HandlerMap } from '../handler';

type LanguageChannels = 'notice:list' | 'notice:save';

function knownLanguage(name: string): string {
  const t = NOTICE_LANGUAGES.find((l) => l.name === name);
  if (!t) throw new AppError('not-found', `Hearth has no interpreter notice for “${name}”. Languages: ${NOTICE_LANGUAGES.map((l) => l.name).join(', ')}.`);
  return t.name;
}

/** The interpreter notice's translations (issue 19): read by anyone, corrected by an administrator, versioned. */
export const languageHandlers: HandlerMap<LanguageChannels> = {
  'notice:list': (_input, ctx) => {
    const { db } = activeSession(ctx).ws;
    return {
      english: ENGLISH_NOTICE,
      languages: currentNoticeTranslations(db).map((t) => ({
        name: t.name,
        code: t.code,
        dir: t.dir,
        script: t.script,
        text: t.text,
        source: t.source,
        checked: t.checked,
        version: currentNoticeVersion(db, t.name),
        history: noticeHistory(db, t.name).map((h) => ({ version: h.version, reverted: h.reverted, checked: h.checked, source: h.source, createdBy: h.createdBy, createdAt: h.createdAt })),
      })),
    };
  },

  'notice:save': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const language = knownLanguage(input.language);
    ctx.setAuditTarget(`notice:${language}`);
    const at = ctx.core.now().toISOString();
    if (input.revert) {
      if (currentNoticeVersion(ws.db, language) === 0) throw new AppError('conflict', `The ${language} notice already uses the words supplied with Hearth.`);
      const version = insertNoticeVersion(ws.db, { language, text: '', source: '', checked: false, reverted: true, by: user.id, at });
      ctx.setAuditDetail({ language, version, reverted: true });
      return { version };
    }
    const version = insertNoticeVersion(ws.db, { language, text: input.text, source: input.source, checked: input.checked, reverted: false, by: user.id, at });
    ctx.setAuditDetail({ language, version, checked: input.checked });
    return { version };
  },
};
