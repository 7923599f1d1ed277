import { CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import type { CaseHeader } from '../../../../../shared/schemas/cases';
import type { DueItemView } from '../../../../../shared/schemas/standards';
import { Heading } from '../../../ui/Heading';
import type { UseQueryResult } from '@tanstack/react-query';
import type { HearthError } from '../../../api/queries';
import { useSession } from '../../../hooks/useSession';
import { CaseFacts } from './CaseFacts';
import { NextDue } from './NextDue';
import { RecordFactMenu } from './RecordFactMenu';
import { RestrictControl } from './RestrictControl';
import { JudgementControl } from './JudgementControl';

interface Props {
  header: CaseHeader;
  due: UseQueryResult<DueItemView[], HearthError>;
  /** Says what was just recorded or changed. */
  onDone: (message: string) => void;
}

export function CaseHeaderPanel({ header, due, onDone }: Props) {
  const { can } = useSession();
  return (
    <section className="case-header" aria-label={`About ${header.ref}`}>
      <div className="case-header__top">
        <div>
          <p className="case-header__kicker">
            {header.partnerName} · {labelOf(CATEGORIES, header.category)}
          </p>
          <Heading title={`Case ${header.ref}`}>{header.ref}</Heading>
        </div>
        <div className="case-header__actions no-print">
          {can('cases.update') && <RecordFactMenu caseId={header.id} onRecorded={onDone} />}
          {can('cases.restrict') && <RestrictControl header={header} onDone={onDone} />}
          {can('cases.update') && header.perception && header.status !== 'closed' && <JudgementControl header={header} onDone={onDone} />}
        </div>
      </div>
      {header.restricted && (
        <div className="restricted-banner" role="note">
          <strong>Restricted</strong> Only open this case when you need to: every view is recorded with its reason.
        </div>
      )}
      {header.summary && <p className="case-header__summary">{header.summary}</p>}
      <NextDue due={due} />
      <CaseFacts header={header} />
    </section>
  );
}
