import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DraftForm } from '../../../shared/schemas/drafts';
import { callChannel } from '../api/hearth';
import { draftKeyOf, registerForm, takeResume } from './draftRegistry';
import { useSession } from './useSession';

/** How long typing must pause before the draft is saved. */
export const DRAFT_DELAY_MS = 1000;

export interface Draft {
  /** A stored draft waiting for "carry on" or "discard", and when it was last saved. */
  offer: { savedAt: string } | null;
  /** Said once a draft was put back without asking (after a lock). */
  restored: boolean;
  carryOn: () => void;
  discard: () => void;
  /** The form was submitted: stop saving, and drop the draft. */
  submitted: () => void;
  /** Why the last save failed (too large, the case gone), or null. */
  problem: string | null;
}

interface Options<V> {
  form: DraftForm;
  caseId?: number | null;
  /** What the form holds now. */
  values: V;
  /** Puts a stored draft's values back into the form. */
  restore: (values: V) => void;
  /** "report", "contact": said when asking before leaving. */
  label: string;
}

type Phase = 'checking' | 'offered' | 'live';

/**
 * Keeps a long form as a draft in the encrypted database as the person types (issue 17), saved once the
 * typing pauses for a second, and offers a stored draft back when the form opens. Only a change from the
 * form as it opened is saved, so opening a form and leaving it keeps nothing.
 */
export function useDraft<V>({ form, caseId = null, values, restore, label }: Options<V>): Draft {
  const { session } = useSession();
  const key = draftKeyOf(form, caseId);
  const text = JSON.stringify(values);
  const blank = useRef(text);
  const latest = useRef({ text, values });
  const saved = useRef(text);
  const stored = useRef<unknown>(null);
  const timer = useRef<number | null>(null);
  const sending = useRef<Promise<unknown>>(Promise.resolve());
  const [phase, setPhase] = useState<Phase>('checking');
  const phaseRef = useRef<Phase>('checking');
  const [offer, setOffer] = useState<Draft['offer']>(null);
  const [restored, setRestored] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const restoreRef = useRef(restore);
  // What the callbacks below read: this render's values (kept in refs, so a save never sends old text).
  useLayoutEffect(() => {
    latest.current = { text, values };
    phaseRef.current = phase;
    restoreRef.current = restore;
  });

  const save = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const now = latest.current;
    if (phaseRef.current !== 'live' || now.text === saved.current) return;
    saved.current = now.text;
    const request = callChannel('draft:save', { form, caseId, body: now.values });
    sending.current = request;
    const result = await request;
    if (result.ok) setProblem(null);
    else {
      saved.current = '';
      setProblem(result.error.message);
    }
  }, [form, caseId]);

  // Is there a stored draft? After a lock (or "Carry on" from the offer at sign-in) it goes straight back.
  useEffect(() => {
    let current = true;
    void callChannel('draft:get', { form, caseId }).then((result) => {
      if (!current) return;
      const draft = result.ok ? result.value : null;
      if (!draft) return setPhase('live');
      stored.current = draft.body;
      if (takeResume(session.user.id, key)) {
        restoreRef.current(draft.body as V);
        saved.current = JSON.stringify(draft.body);
        setRestored(true);
        setPhase('live');
      } else {
        setOffer({ savedAt: draft.updatedAt });
        setPhase('offered');
      }
    });
    return () => {
      current = false;
    };
  }, [form, caseId, key, session.user.id]);

  // Saved once the typing pauses.
  useEffect(() => {
    if (phase !== 'live' || text === blank.current || text === saved.current) return;
    timer.current = window.setTimeout(() => void save(), DRAFT_DELAY_MS);
    return () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [text, phase, save]);

  // While open, the shell knows it; leaving (Back, another page) saves what is waiting.
  useEffect(() => {
    const unregister = registerForm(key, {
      label,
      hasChanges: () => phaseRef.current === 'live' && latest.current.text !== blank.current,
      flush: save,
    });
    return () => {
      unregister();
      void save();
    };
  }, [key, label, save]);

  return {
    offer: phase === 'offered' ? offer : null,
    restored,
    problem,
    carryOn: () => {
      restoreRef.current(stored.current as V);
      saved.current = JSON.stringify(stored.current);
      setPhase('live');
    },
    discard: () => {
      setPhase('live');
      void callChannel('draft:discard', { form, caseId });
    },
    submitted: () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      const hadDraft = saved.current !== blank.current;
      // What is on screen now counts as the form's start: a form that stays open (the letter maker) keeps
      // the next change as a new draft; one that closes keeps nothing.
      blank.current = latest.current.text;
      saved.current = latest.current.text;
      // Main drops the draft with the submission; a save still on its way could land after it.
      if (hadDraft) void sending.current.then(() => callChannel('draft:discard', { form, caseId }));
    },
  };
}
