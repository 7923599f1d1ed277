import type { MouseEvent } from 'react';

/** The first thing a keyboard reaches: jumps past the header and navigation to the page itself. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // The address hash holds the page route, so focus the main area by hand instead of navigating.
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to main content
    </a>
  );
}
