import { useEffect } from 'react';
import { onSignedOut } from '../api/hearth';

/** Runs `callback` whenever any request is refused because nobody is signed in (locked or signed out). */
export function useSignedOutListener(callback: () => void): void {
  useEffect(() => onSignedOut(callback), [callback]);
}
