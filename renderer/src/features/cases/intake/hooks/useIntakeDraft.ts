import { useRef, useState } from 'react';
import type { PartyRole } from '../../../../../../shared/domain/vocabulary';
import { emptyPerson, type PersonDraft } from '../../people/personDraft';
import { type ConsentDraft, emptyDraft, type IntakeDraft } from '../draft';

/** Editing one answer also clears the error of an answer that depends on it. */
const ALSO_CLEARS: Record<string, string> = { anonymous: 'name', interpreter: 'language', recipient: 'recipientName' };
const idsFor = (prefix: string, patch: object) => Object.keys(patch).flatMap((k) => [`${prefix}-${k}`, ...(ALSO_CLEARS[k] ? [`${prefix}-${ALSO_CLEARS[k]}`] : [])]);

export interface IntakeDraftState {
  draft: IntakeDraft;
  /** Puts back a whole stored draft (issue 17); new people and consents get keys after its own. */
  replace: (draft: IntakeDraft) => void;
  set: (patch: Partial<IntakeDraft>) => void;
  addPerson: (role?: PartyRole) => string;
  setPerson: (key: string, patch: Partial<PersonDraft>) => void;
  removePerson: (key: string) => void;
  addConsent: (partyKey: string) => string;
  setConsent: (key: string, patch: Partial<ConsentDraft>) => void;
  removeConsent: (key: string) => void;
}

/** The report being typed, with the changes each section makes; `clear` drops errors of edited fields. */
export function useIntakeDraft(partner: string, clear: (...ids: string[]) => void): IntakeDraftState {
  const [draft, setDraft] = useState(() => emptyDraft(partner));
  const counter = useRef(0);
  const nextKey = (prefix: string) => `${prefix}${(counter.current += 1)}`;

  return {
    draft,
    replace: (stored) => {
      // A draft from an older form may lack answers added since: the empty form fills them in.
      const whole = { ...emptyDraft(partner), ...stored };
      const numbers = [...whole.people.map((p) => p.key), ...whole.consents.map((c) => c.key)].map((k) => Number(/\d+$/.exec(k)?.[0] ?? 0));
      counter.current = Math.max(counter.current, ...numbers);
      setDraft(whole);
    },
    set: (patch) => {
      setDraft((d) => ({ ...d, ...patch }));
      clear(...idsFor('intake', patch));
    },
    addPerson: (role) => {
      const key = nextKey('p');
      setDraft((d) => ({ ...d, people: [...d.people, emptyPerson(key, role ?? '')] }));
      return key;
    },
    setPerson: (key, patch) => {
      setDraft((d) => ({ ...d, people: d.people.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
      clear(...idsFor(`person-${key}`, patch));
    },
    removePerson: (key) =>
      setDraft((d) => ({
        ...d,
        people: d.people.filter((p) => p.key !== key),
        consents: d.consents.filter((c) => c.partyKey !== key),
        reportedByKey: d.reportedByKey === key ? '' : d.reportedByKey,
      })),
    addConsent: (partyKey) => {
      const key = nextKey('c');
      setDraft((d) => ({ ...d, consents: [...d.consents, { key, partyKey, recipient: '', recipientName: '', purpose: '', writtenOn: '', source: '' }] }));
      return key;
    },
    setConsent: (key, patch) => {
      setDraft((d) => ({ ...d, consents: d.consents.map((c) => (c.key === key ? { ...c, ...patch } : c)) }));
      clear(...idsFor(`consent-${key}`, patch));
    },
    removeConsent: (key) => setDraft((d) => ({ ...d, consents: d.consents.filter((c) => c.key !== key) })),
  };
}
