import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { translatorCertificate } from '../../../../shared/court/texts';
import type { BundleSources } from '../../../../shared/schemas/bundles';
import type { StatementView } from '../../../../shared/schemas/statements';
import { fromIsoDate, toIsoDate } from '../../../../shared/time/input';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { Notice } from '../../ui/Notice';
import { ChangeOutcome, FinaliseControls } from './FinaliseControls';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

/**
 * Statements of the case's own witnesses — a complainant, victim or witness who has consented in writing
 * to the court knowing who they are (issue 15): started, edited and finalised here, like the officer's.
 * A statement in another language keeps the original, the English translation with its date, the
 * translator's certificate and the statement of truth in the witness's language (PD 32 paras 18.1,
 * 18.2, 20.1, 23.2). A witness withheld from the court gets no statement in the bundle: their evidence
 * reaches the court as hearsay in the officer's statement.
 */
interface Form {
  body: string;
  language: string;
  howTaken: string;
  translation: string;
  translatorName: string;
  translatedOn: string;
  certificate: string;
  truthInLanguage: string;
}

const BLANK: Form = { body: '', language: 'English', howTaken: '', translation: '', translatorName: '', translatedOn: '', certificate: '', truthInLanguage: '' };
const english = (language: string) => /^\s*english\s*$/i.test(language);

function formOf(s: StatementView | null): Form {
  const v = s?.versions[0];
  if (!v) return BLANK;
  const t = v.translation;
  return { body: v.body, language: v.language, howTaken: v.howTaken, translation: t?.body ?? '', translatorName: t?.translatorName ?? '', translatedOn: t ? fromIsoDate(t.translatedOn) : '', certificate: t?.certificate ?? '', truthInLanguage: t?.truthInLanguage ?? '' };
}

export function WitnessStatements({ caseId, people }: { caseId: number; people: BundleSources['redaction']['people'] }) {
  const kase = useQuery(hearthQuery('case:get', { id: caseId }));
  const list = useQuery(hearthQuery('statement:list', { caseId }));
  const witnesses = (kase.data?.parties ?? []).filter((p) => ['complainant', 'victim', 'witness'].includes(p.role) && !p.anonymous && p.name);
  if (!witnesses.length) return null;
  return (
    <section className="panel" aria-labelledby="witness-statements-h">
      <h2 id="witness-statements-h">Witnesses’ statements</h2>
      <p>Only a finalised statement goes into the bundle, one per witness: their latest, in place of any statement of theirs uploaded as evidence.</p>
      {witnesses.map((p) => {
        const withheld = people.some((x) => x.partyId === p.id && !x.named);
        const mine = (list.data ?? []).filter((s) => s.makerKind === 'party' && s.makerPartyId === p.id).sort((a, b) => b.number - a.number)[0] ?? null;
        return <WitnessStatement key={p.id} caseId={caseId} partyId={p.id} name={p.name} role={p.role} withheld={withheld} statement={mine} />;
      })}
    </section>
  );
}

function WitnessStatement({ caseId, partyId, name, role, withheld, statement }: { caseId: number; partyId: number; name: string; role: string; withheld: boolean; statement: StatementView | null }) {
  const change = useChange({ caseId });
  const [form, setForm] = useState<Form | null>(null);
  const [said, setSaid] = useState('');
  const latest = statement?.versions[0] ?? null;
  const final = statement?.versions.find((v) => v.status === 'final') ?? null;
  const shown = form ?? (latest?.status === 'draft' ? formOf(statement) : null);
  const id = `witness-${partyId}`;
  const set = (patch: Partial<Form>) => setForm({ ...(shown ?? BLANK), ...patch });

  const save = (f: Form, then?: (s: StatementView) => void) => {
    const translatedOn = toIsoDate(f.translatedOn);
    const translated = !english(f.language) && f.translation.trim() && f.translatorName.trim() && f.certificate.trim() && f.truthInLanguage.trim();
    if (translated && !translatedOn) {
      setSaid('Enter the date of the translation like 21/11/2026.');
      return;
    }
    const translation = translated && translatedOn ? { body: f.translation, translatorName: f.translatorName, translatedOn, certificate: f.certificate, truthInLanguage: f.truthInLanguage } : null;
    void change.run('statement:save', { caseId, statementId: statement?.id ?? null, maker: { kind: 'party', partyId }, body: f.body, language: f.language, howTaken: f.howTaken, translation }, (s) => {
      setForm(null);
      setSaid(`${s.title}: draft version ${s.versions[0]!.version} saved.`);
      then?.(s);
    });
  };
  const finalise = (f: Form, day: string) => {
    save(f, (s) => void change.run('statement:finalise', { caseId, statementId: s.id, signedOn: day }, (done) => setSaid(`${done.title} finalised (version ${done.versions[0]!.version}). It is locked and can go into the bundle.`)));
  };

  return (
    <div className="witness-statement" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        {name} ({role})
      </h3>
      {withheld && (
        <Notice tone="info">
          <p>{name} has not consented in writing to the court learning who they are. Their statement stays out of the bundle; their evidence reaches the court as hearsay in the officer’s statement.</p>
        </Notice>
      )}
      {final && statement && (
        <p>
          <strong>{statement.title}</strong>: version {final.version} finalised{final.statementDate ? `, signed ${fromIsoDate(final.statementDate)}` : ''}
          {final.language && !english(final.language) ? `, made in ${final.language} with an English translation` : ''}. It is locked.
        </p>
      )}
      {!shown && (
        <Button variant="secondary" onClick={() => setForm(latest ? formOf(statement) : BLANK)}>
          {!statement ? `Start ${name}’s statement` : `Start a new version of ${name}’s statement`}
        </Button>
      )}
      {shown && (
        <div className="statement-editor">
          <TextField id={`${id}-language`} label="Language the witness made it in" width="short" value={shown.language} onChange={(language) => set({ language })} />
          <TextAreaField id={`${id}-body`} label={`The statement, in ${name}’s own words${english(shown.language) ? '' : ` (in ${shown.language})`}`} hint="One paragraph per blank line; a line starting ## is a heading. Paragraphs are numbered in the bundle." rows={10} value={shown.body} onChange={(body) => set({ body })} />
          <TextField id={`${id}-how`} label="How the statement was taken (PD 32 para 18.2)" hint="For example: taken at my home in Arabic through an interpreter, Sami Nasser." value={shown.howTaken} onChange={(howTaken) => set({ howTaken })} />
          {!english(shown.language) && (
            <fieldset className="statement-translation">
              <legend>English translation (PD 32 paras 20.1 and 23.2)</legend>
              <TextAreaField id={`${id}-translation`} label="The English translation" rows={8} value={shown.translation} onChange={(translation) => set({ translation })} />
              <TextField id={`${id}-translator`} label="Translator’s name" value={shown.translatorName} onChange={(translatorName) => set({ translatorName, certificate: shown.certificate || (translatorName.trim() ? translatorCertificate(translatorName.trim(), shown.language, name) : '') })} />
              <DateField id={`${id}-translated`} label="Date of the translation" value={shown.translatedOn} onChange={(translatedOn) => set({ translatedOn })} />
              <TextAreaField id={`${id}-certificate`} label="Translator’s certificate" rows={3} value={shown.certificate} onChange={(certificate) => set({ certificate })} />
              <TextAreaField id={`${id}-truth`} label={`The statement of truth in ${shown.language}`} hint="As the translator gives it: the witness signs the statement of truth in their own language." rows={3} value={shown.truthInLanguage} onChange={(truthInLanguage) => set({ truthInLanguage })} />
            </fieldset>
          )}
          <FinaliseControls
            id={`${id}-signed`}
            saveLabel="Save the draft"
            dateLabel="Date the witness signs it"
            missingDate="the date the witness signs the statement"
            finaliseLabel={`Finalise ${name}’s statement`}
            busy={change.busy}
            onSave={() => save(shown)}
            onFinalise={(day) => finalise(shown, day)}
            onProblem={setSaid}
          />
        </div>
      )}
      <ChangeOutcome error={change.error} said={said} />
    </div>
  );
}
