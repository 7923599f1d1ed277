/**
 * The long forms open on screen and whether they hold changes not yet submitted (issue 17). The app
 * shell asks before signing out or leaving a page while one does, and saves them all before a lock or a
 * sign-out. Nothing typed is kept here: the text lives in the form and, as a draft, in the encrypted
 * database (hooks/useDraft.ts); never in localStorage.
 */
export interface OpenForm {
  /** "report", "contact on C33-2026-0042": said in "You have an unsaved …". */
  label: string;
  hasChanges: () => boolean;
  /** Saves what is typed now, if anything is waiting. */
  flush: () => Promise<void>;
}

const open = new Map<string, OpenForm>();
const listeners = new Set<() => void>();
let version = 0;
const notify = () => {
  version += 1;
  for (const l of listeners) l();
};

/** Forms whose stored draft is to be put back without asking: after a lock, or "Carry on" from the offer at sign-in. */
const resumeWithoutAsking = new Set<string>();

export function registerForm(key: string, form: OpenForm): () => void {
  open.set(key, form);
  notify();
  return () => {
    if (open.get(key) === form) open.delete(key);
    notify();
  };
}

export const subscribeForms = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
export const formsVersion = () => version;
export const isFormOpen = (key: string) => open.has(key);

/** The labels of the open forms with changes. */
export function formsWithChanges(): string[] {
  return [...open.values()].filter((f) => f.hasChanges()).map((f) => f.label);
}

/** Saves every open form's draft now. With `resume`, the forms with changes come back as they were without asking (a lock). */
export async function saveOpenForms(resume?: { userId: number }): Promise<void> {
  const forms = [...open.entries()];
  if (resume) for (const [key, f] of forms) if (f.hasChanges()) resumeWithoutAsking.add(`${resume.userId}:${key}`);
  await Promise.all(forms.map(([, f]) => f.flush().catch(() => undefined)));
}

export function markResume(userId: number, key: string): void {
  resumeWithoutAsking.add(`${userId}:${key}`);
}

/** True once for a form to put back without asking (and forgets it). */
export function takeResume(userId: number, key: string): boolean {
  return resumeWithoutAsking.delete(`${userId}:${key}`);
}

export const draftKeyOf = (form: string, caseId: number | null) => (caseId === null ? form : `${form}:${caseId}`);
