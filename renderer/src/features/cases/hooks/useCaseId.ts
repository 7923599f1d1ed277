import { useEffect, useState } from 'react';

/** The case the address names (#/cases/123 → 123), or null for the list (#/cases). */
function readCaseId(): number | null {
  const id = /^#\/cases\/(\d{1,12})$/.exec(window.location.hash)?.[1];
  return id ? Number(id) : null;
}

export function useCaseId(): number | null {
  const [id, setId] = useState(readCaseId);
  useEffect(() => {
    const onChange = () => setId(readCaseId());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}
