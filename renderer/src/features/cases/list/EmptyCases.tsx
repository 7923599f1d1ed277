import { REPORT_HREF } from '../labels';

interface Props {
  filtered: boolean;
  canCreate: boolean;
  onClear: () => void;
}

/** What to do when the list is empty: loosen the search, or record the first report. */
export function EmptyCases({ filtered, canCreate, onClear }: Props) {
  if (filtered) {
    return (
      <div className="empty-state">
        <p>No case matches this search and these filters. Check the spelling, try part of a name or a postcode, or clear the filters.</p>
        <button type="button" className="link-button" onClick={onClear}>
          Clear the search and filters
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p>There are no cases here yet.{canCreate ? ' When someone reports harassment, a hate incident or anti-social behaviour, record it with Report an incident.' : ' Cases appear here once an officer records a report.'}</p>
      {canCreate && <a href={REPORT_HREF}>Report an incident</a>}
    </div>
  );
}
