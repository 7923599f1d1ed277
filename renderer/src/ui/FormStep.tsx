import type { ReactNode } from 'react';

interface Props {
  id: string;
  step: number;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** One numbered part of a long form, in its own panel, named by its heading for screen-reader navigation. */
export function FormStep({ id, step, title, intro, children }: Props) {
  return (
    <section className="panel form-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="form-step__title">
        <span className="form-step__number" aria-hidden="true">
          {step}
        </span>
        <span className="visually-hidden">Step {step}: </span>
        {title}
      </h2>
      {intro && <p className="form-step__intro">{intro}</p>}
      {children}
    </section>
  );
}
