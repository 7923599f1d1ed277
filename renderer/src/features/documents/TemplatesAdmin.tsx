import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TemplateProblem } from '../../../../shared/schemas/documents';
import { hearthQuery } from '../../api/queries';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { useSession } from '../../hooks/useSession';
import { LETTERS_HREF } from './routes';
import { TemplateEditor } from './TemplateEditor';

/** Partners' own versions of templates (#/letters/templates): administrators only. */
export function TemplatesAdmin() {
  const { can } = useSession();
  const partners = useQuery(hearthQuery('partners:list', {}));
  const [chosen, setPartner] = useState('');
  // Until someone chooses, the first partner (C33 in a new workspace).
  const partner = chosen || (partners.data?.[0]?.code ?? '');
  const [templateId, setTemplateId] = useState('acknowledgement');
  const list = useQuery(hearthQuery('template:list', { partner: partner || 'C33' }));
  const current = list.data?.find((t) => t.id === templateId);
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
          {partners.isSuccess && <SelectField id="tpl-partner" label="Partner" value={partner} onChange={setPartner} options={partners.data.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))} />}
          {list.isSuccess && (
            <SelectField
              id="tpl-template"
              label="Template"
              value={templateId}
              onChange={setTemplateId}
              options={list.data.map((t) => ({ value: t.id, label: `${t.title}${t.overrideVersion ? ` — partner version ${t.overrideVersion}` : ''}` }))}
            />
          )}
        </div>
        {current && partner && <TemplateEditor key={`${partner}/${templateId}`} partner={partner} summary={current} />}
      </section>
    </>
  );
}

export const problemText = (p: TemplateProblem) => (p.line ? `Line ${p.line}: ${p.message}` : p.message);
