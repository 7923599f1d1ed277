import type { WritableDB } from '../connection';

/**
 * Version 29 (issue 17, UI speed on 50,000 cases). Two indexes, no data moved.
 *
 * case_links_linked: a case's links are read both ways round (the case header on every case screen, the
 * counter-allegations in casework and letters). The primary key (case_id, linked_case_id) serves one way;
 * the other way scanned every case, about 60 ms a request on 50,000 cases, several times per case opened.
 *
 * due_items_live_case: the open (live, pending or breached) items again, in case order, holding every
 * column the dashboard's counts read. The counts add each case's items first and then look the case up
 * once (its partner and officer), instead of once per item in due order: on 50,000 cases about 45,000
 * case lookups in id order instead of 92,000 at random, which halved the cold dashboard's walk.
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    CREATE INDEX case_links_linked ON case_links (linked_case_id, reason, case_id);
    CREATE INDEX due_items_live_case ON due_items (case_id, due_at, urgent, rule_id, live, state)
      WHERE live = 1 AND state IN ('pending', 'breached');
  `);
}
