/** A 24-hour (or same-day) item: an icon and the word, so it stands out without relying on colour. */
export function UrgentTag() {
  return (
    <span className="tag tag--urgent">
      <svg className="tag__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M8 4v4.5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      Urgent
    </span>
  );
}
