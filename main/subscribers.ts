import { SERVES, type Serves } from '../shared/schemas/documents';
import { offerAppealByLetter, offerSurveyByLetter } from './actions/on-document-made';
import { recordLetterContact } from './cases/on-document-made';
import { subscribe, type Subscriber } from './events/bus';
import { logDisclosed, logLetterSent } from './disclosures/log';
import { issueAgreedPlan, recordAcknowledgement } from './standards/on-document-made';

/**
 * Who acts on another feature's events (main/events/bus.ts), wired here and nowhere else; createCore
 * calls it at start-up.
 *
 * A document announces the service-standard facts it serves; the feature that owns each fact records it
 * in its own tables. The map is complete by type: a new fact in SERVES does not compile until a feature
 * records it.
 */
const RECORDS_SERVED: Record<Serves, Subscriber<'document-sent'>> = {
  acknowledged: recordAcknowledgement, // standards: standard_facts
  'complainant-contact': recordLetterContact, // cases: a contact on the timeline
  'plan-issued': issueAgreedPlan, // standards: action_plans
  'appeal-offered': offerAppealByLetter, // actions: closures
  'survey-offered': offerSurveyByLetter, // actions: surveys
};

export function wireSubscribers(): void {
  for (const serve of SERVES) {
    const record = RECORDS_SERVED[serve];
    subscribe('document-sent', `served:${serve}`, (db, e) => {
      if (e.serves.includes(serve)) record(db, e);
    });
  }
  // Issue 21: every letter sent, and everything else that leaves Hearth about people, in the disclosure log.
  subscribe('document-sent', 'disclosures:letter', logLetterSent);
  subscribe('information-disclosed', 'disclosures:log', logDisclosed);
}
