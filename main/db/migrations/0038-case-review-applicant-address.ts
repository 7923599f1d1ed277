import type { WritableDB } from '../connection';

/**
 * Version 37 (issue 20): where the letters about an ASB case review application go when the applicant is
 * not a party on the case (a relative applying for the victim, a neighbour): their postal address and
 * postcode, recorded with the application. A party applicant's address stays on their party record, so
 * these are empty for them. No data moves: earlier applications have no address for such an applicant,
 * and a letter to them says to add it (casereview:applicantAddress).
 */
export default function migrate(db: WritableDB): void {
  db.exec(`
    ALTER TABLE case_review_applications ADD COLUMN applicant_address TEXT NOT NULL DEFAULT '';
    ALTER TABLE case_review_applications ADD COLUMN applicant_postcode TEXT NOT NULL DEFAULT '';
  `);
}
