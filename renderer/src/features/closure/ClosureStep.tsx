import type { ReactNode } from 'react';

interface Props {
  number: number;
  title: string;
  done: boolean;
  children: ReactNode;
}

/** One numbered step of closing, marked done in words as well as with a tick. */
export function ClosureStep({ number, title, done, children }: Props) {
  return (
    <li className={done ? 'closure-step closure-step--done' : 'closure-step'}>
      <span className="closure-step__mark" aria-hidden="true">
        {done ? '✓' : number}
      </span>
      <div className="closure-step__body">
        <p className="closure-step__title">
          {title}
          <span className="visually-hidden">{done ? ' (done)' : ' (to do)'}</span>
        </p>
        {children}
      </div>
    </li>
  );
}
