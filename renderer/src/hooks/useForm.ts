import { useState } from 'react';

/** One line of a form's error summary. */
export interface FormProblem {
  /** The id of the field the problem belongs to, if any: the summary links to it. */
  field?: string;
  message: string;
}

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;
export type Problems<V> = Partial<Record<keyof V & string, string | null>>;

export interface Form<V> {
  values: V;
  /** How many times the form's own checks have run (each submit). */
  attempts: number;
  errors: Partial<Record<keyof V & string, string>>;
  /** Changes some values; a field's error clears as soon as it is edited. */
  set: (change: Partial<V>) => void;
  reset: () => void;
  /** Runs the form's own checks, shows what they found, and says whether all is well. */
  check: (validate: (values: V) => Problems<V>) => boolean;
  /** The element id of a field: `${prefix}-${key}`, which the error summary links to. */
  id: (key: keyof V & string) => string;
  /** The props a text field needs: id, value, onChange and error. */
  field: (key: StringKeys<V>) => { id: string; value: string; onChange: (value: string) => void; error: string | undefined };
  /** The error summary's list: each field's problem in form order, then the answer from main. */
  problems: (serverError: string | null) => FormProblem[];
}

/** The values and field errors of one form, with ids that tie the errors to their fields. */
export function useForm<V extends object>(prefix: string, initial: V): Form<V> {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({});
  const [attempts, setAttempts] = useState(0);
  const id = (key: keyof V & string) => `${prefix}-${key}`;

  const set = (change: Partial<V>) => {
    setValues((old) => ({ ...old, ...change }));
    setErrors((old) => {
      const next = { ...old };
      for (const key of Object.keys(change)) delete next[key as keyof V & string];
      return next;
    });
  };

  const check = (validate: (values: V) => Problems<V>) => {
    const found = Object.fromEntries(Object.entries(validate(values)).filter(([, message]) => Boolean(message))) as Partial<Record<keyof V & string, string>>;
    setErrors(found);
    setAttempts((n) => n + 1);
    return Object.keys(found).length === 0;
  };

  return {
    values,
    attempts,
    errors,
    set,
    reset: () => {
      setValues(initial);
      setErrors({});
    },
    check,
    id,
    field: (key) => ({
      id: id(key),
      value: values[key] as string,
      onChange: (value: string) => set({ [key]: value } as Partial<V>),
      error: errors[key],
    }),
    problems: (serverError) => {
      const list: FormProblem[] = Object.entries(errors).map(([key, message]) => ({ field: id(key as keyof V & string), message: message as string }));
      if (serverError) list.push({ message: serverError });
      return list;
    },
  };
}
