import { useCallback, useState } from 'react';
import type { TemplateProblem } from '../../../../shared/schemas/documents';
import { hearth } from '../../api/hearth';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { useResult } from '../../hooks/useResult';
import { useSession } from '../../hooks/useSession';
import { LETTERS_HREF } from './routes';
import { TemplateEditor } from './TemplateEditor';

const listPartners = () => hearth.partners.list({});

/** Partners' own versions of templates (#/letters/templates): administrators only. */
export function TemplatesAdmin() {
  const { can } = useSession();
  const [partners] = useResult(listPartners);
  const [chosen, setPartner] = useState('');
  // Until someone chooses, the first partner (C33 in a new workspace).
  const partner = chosen || (partners.state === 'ok' ? (partners.value[0]?.code ?? '') : '');
  const [templateId, setTemplateId] = useState('acknowledgement');
  const loadList = useCallback(() => hearth.template.list({ partner: partner || 'C33' }), [partner]);
  const [list, reloadList] = useResult(loadList);
  const current = list.state === 'ok' ? list.value.find((t) => t.id === templateId) : undefined;
  return (
    <>
      <p className="back-link">
        <a href={LETTERS_HREF}>Letters</a>
      </p>
      <div className="page__header">
        <Heading>Partners’ templates</Heading>
        <p className="secondary-text">A partner’s own wording is checked before it is kept, every save is a new version, and “Use the default” goes back to Hearth’s template.</p>
      </div>
      {!can('partners.manage') && (
        <Notice tone="info">
          <p>Only an administrator can change templates.</p>
        </Notice>
      )}
      <section className="panel">
        <div className="doc-admin-choice">
          {partners.state === 'ok' && <SelectField id="tpl-partner" label="Partner" value={partner} onChange={setPartner} options={partners.value.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} />}
          {list.state === 'ok' && (
            <SelectField
              id="tpl-template"
              label="Template"
              value={templateId}
              onChange={setTemplateId}
              options={list.value.map((t) => ({ value: t.id, label: `${t.title}${t.overrideVersion ? ` — partner version ${t.overrideVersion}` : ''}` }))}
            />
          )}
        </div>
        {current && partner && <TemplateEditor key={`${partner}/${templateId}`} partner={partner} summary={current} onSaved={reloadList} />}
      </section>
    </>
  );
}

export const problemText = (p: TemplateProblem) => (p.line ? `Line ${p.line}: ${p.message}` : p.message);
