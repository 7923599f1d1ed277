import { type FormEvent, useState } from 'react';
import type { DuplicateCheck, DuplicateMatch } from '../../../../../shared/schemas/cases';
import type { PartnerView } from '../../../../../shared/schemas/partners';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { useChange } from '../../../hooks/useChange';
import { focusSoon } from '../../../ui/focus';
import { useFieldErrors } from '../../../hooks/useFieldErrors';
import { useDraft } from '../../../hooks/useDraft';
import { DraftOffer } from '../../../ui/DraftOffer';
import { ConsentsStep } from './ConsentsStep';
import { draftToInput, intakeProblems, namesOf } from './draft';
import { DuplicatesPanel } from './DuplicatesPanel';
import { FlagsStep } from './FlagsStep';
import { useIntakeDraft } from './hooks/useIntakeDraft';
import { IncidentStep } from './IncidentStep';
import { LocationStep } from './LocationStep';
import { PeopleStep } from './PeopleStep';
import { ReportedStep } from './ReportedStep';
import { RiskStep } from './RiskStep';
import { ScopeStep } from './ScopeStep';
import { rememberPartner } from './lastPartner';
import type { SavedReport } from './SavedReportPage';

interface Props {
  partners: readonly PartnerView[];
  initialPartner: string;
  onSaved: (saved: SavedReport) => void;
}

/** The report form: seven short steps on one page, checked here, then against earlier cases, then saved. */
export function IntakeForm({ partners, initialPartner, onSaved }: Props) {
  const errors = useFieldErrors();
  const state = useIntakeDraft(initialPartner, errors.clear);
  const submit = useChange();
  const [matches, setMatches] = useState<DuplicateCheck | null>(null);
  const { draft } = state;
  const kept = useDraft({ form: 'report', values: draft, restore: state.replace, label: 'report' });

  const save = (links: readonly DuplicateMatch[]) =>
    void submit.run('case:create', draftToInput(draft, links.map((m) => m.id)),
      (created) => {
        kept.submitted();
        rememberPartner(draft.partner);
        onSaved(created);
      },
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMatches(null);
    if (!errors.check(intakeProblems(draft))) return;
    const query = { address: draft.address.trim(), postcode: draft.postcode, names: namesOf(draft) };
    if (!query.address && !query.postcode.trim() && query.names.length === 0) return save([]);
    void submit.run('case:checkDuplicates', query,
      (found) => (found.matches.length || found.restrictedMayMatch ? setMatches(found) : save([])),
    );
  };

  return (
    <form className="form form--wide intake" noValidate onSubmit={onSubmit}>
      <DraftOffer what="report" draft={kept} />
      <ErrorSummary id="intake-problems" problems={errors.problems(submit.error)} focusKey={errors.attempts} revealKey={submit.error} />
      <ReportedStep draft={draft} set={state.set} errors={errors.errors} partners={partners} />
      <LocationStep draft={draft} set={state.set} errors={errors.errors} />
      <IncidentStep draft={draft} set={state.set} errors={errors.errors} />
      <PeopleStep state={state} errors={errors.errors} />
      <FlagsStep draft={draft} set={state.set} errors={errors.errors} />
      <RiskStep draft={draft} set={state.set} errors={errors.errors} />
      <ConsentsStep state={state} errors={errors.errors} />
      <ScopeStep draft={draft} set={state.set} errors={errors.errors} />
      {matches ? (
        <DuplicatesPanel
          matches={matches.matches}
          restrictedMayMatch={matches.restrictedMayMatch}
          busy={submit.busy}
          onSave={(link) => save(link ? matches.matches : [])}
          onBack={() => {
            setMatches(null);
            focusSoon('intake-save');
          }}
        />
      ) : (
        <div className="button-row intake__actions">
          <Button id="intake-save" type="submit" busy={submit.busy} busyLabel="Checking…">
            Save the report
          </Button>
          <p className="secondary-text intake__note">Hearth first looks for open cases at the same address or with the same people.</p>
        </div>
      )}
    </form>
  );
}
