import type { ReactNode } from 'react';

interface Props {
  workspaceName?: string | null;
  children?: ReactNode;
}

/** The dark bar at the top of every screen: the app's name, the workspace, and (signed in) who and how to leave. */
export function Masthead({ workspaceName, children }: Props) {
  return (
    <header className="masthead">
      <div className="masthead__brand">
        <span className="masthead__name">Hearth</span>
        {workspaceName && <span className="masthead__workspace">{workspaceName}</span>}
      </div>
      {children}
    </header>
  );
}
