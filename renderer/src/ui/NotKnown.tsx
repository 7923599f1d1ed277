/** A quiet dash in a table cell with nothing in it, read out in words ("Not known", "None"). */
export function NotKnown({ what = 'Not known' }: { what?: string }) {
  return (
    <>
      <span className="secondary-text" aria-hidden="true">
        –
      </span>
      <span className="visually-hidden">{what}</span>
    </>
  );
}
