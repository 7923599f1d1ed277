/** A SHA-256 shortened to its first 12 characters; opening it shows the whole value, ready to select and copy. */
export function HashValue({ sha256, label }: { sha256: string; label: string }) {
  return (
    <details className="hash">
      <summary title={sha256}>
        <code>{sha256.slice(0, 12)}…</code>
        <span className="visually-hidden"> Show the full fingerprint (SHA-256) of {label}</span>
      </summary>
      <code className="hash__full">{sha256}</code>
    </details>
  );
}
