import type { ReactNode } from 'react';
import { worksOnOfficeHost } from '../api/hearth';
import { Masthead } from './Masthead';
import { SkipLink } from './SkipLink';

interface Props {
  children: ReactNode;
  wide?: boolean;
}

/** Set-up, sign-in and lock screens: one card in the middle of a quiet page. */
export function AuthLayout({ children, wide = false }: Props) {
  return (
    <div className="auth">
      <SkipLink />
      <Masthead />
      <main id="main" tabIndex={-1} className={wide ? 'auth__main auth__main--wide' : 'auth__main'}>
        <div className="card">{children}</div>
      </main>
      <footer className="footer">
        {worksOnOfficeHost()
          ? 'This PC works on your office’s Hearth host: the records are kept there, encrypted, and reach this PC only over the office network, encrypted. Work not yet saved waits on this PC, encrypted.'
          : 'Hearth keeps its records encrypted on this computer. Nothing is sent anywhere else.'}
      </footer>
    </div>
  );
}
