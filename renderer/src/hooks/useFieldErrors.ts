import { useCallback, useState } from 'react';
import type { FormProblem } from './useForm';

export type FieldErrors = Record<string, string>;

export interface FieldErrorState {
  errors: FieldErrors;
  /** How many times the checks have stopped a submit: the error summary takes focus on each. */
  attempts: number;
  /** Runs the checks (field id → message, in form order); true when there are none. */
  check: (found: Record<string, string | null | undefined>) => boolean;
  /** Forgets the errors of fields as soon as they are edited. */
  clear: (...ids: string[]) => void;
  problems: (serverError: string | null) => FormProblem[];
}

/**
 * Field errors for forms with repeating parts (people, consents), keyed by the element id each error
 * belongs to, so the error summary can link to it. useForm does the same for flat forms.
 */
export function useFieldErrors(): FieldErrorState {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempts, setAttempts] = useState(0);

  const check = useCallback((found: Record<string, string | null | undefined>) => {
    const kept = Object.fromEntries(Object.entries(found).filter((e): e is [string, string] => Boolean(e[1])));
    setErrors(kept);
    const ok = Object.keys(kept).length === 0;
    if (!ok) setAttempts((n) => n + 1);
    return ok;
  }, []);

  const clear = useCallback((...ids: string[]) => {
    setErrors((old) => (ids.some((id) => id in old) ? Object.fromEntries(Object.entries(old).filter(([k]) => !ids.includes(k))) : old));
  }, []);

  const problems = (serverError: string | null): FormProblem[] => [
    ...Object.entries(errors).map(([field, message]) => ({ field, message })),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  return { errors, attempts, check, clear, problems };
}
