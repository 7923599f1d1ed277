import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { TemplateProblem } from '../../../../shared/schemas/documents';
import { formatDateTime } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';

interface Summary {
  id: string;
  title: string;
  overrideVersion: number | null;
  history: { version: number; reverted: boolean; createdBy: string; createdAt: string }[];
}

/** The text of one template for one partner: check it (problems by line), save a version, or go back to the default. */
export function TemplateEditor({ partner, summary }: { partner: string; summary: Summary }) {
  const { can } = useSession();
  const loaded = useQuery(hearthQuery('template:get', { partner, templateId: summary.id }));
  const change = useChange();
  const [text, setText] = useState<string | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  if (!loaded.isSuccess) return <p>{loaded.isPending ? 'Loading the template…' : loaded.error.message}</p>;
  const value = text ?? loaded.data.currentText;

  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const start = value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    el.focus();
    el.setSelectionRange(start, start + (value.split('\n')[line - 1]?.length ?? 0));
  };
  const check = async () => {
    const r = await change.run('template:validate', { templateId: summary.id, text: value });
    if (r?.ok) setProblems(r.value.problems);
    return r?.ok === true && r.value.ok;
  };
  const save = async () => {
    setMessage(null);
    if (!(await check())) return;
    const r = await change.run('template:save', { partner, templateId: summary.id, text: value });
    if (r) setMessage(r.ok ? { tone: 'success', text: `Saved as ${partner}’s version ${r.value.version}. New documents for ${partner}’s cases use it.` } : { tone: 'error', text: r.error.message });
  };
  const revert = async () => {
    const r = await change.run('template:revert', { partner, templateId: summary.id });
    if (r) setMessage(r.ok ? { tone: 'success', text: `${partner} uses Hearth’s default “${summary.title}” again (recorded as version ${r.value.version}).` } : { tone: 'error', text: r.error.message });
    if (r?.ok) setText(null);
  };
  return (
    <div className="doc-editor">
      <p className="secondary-text">{summary.overrideVersion ? `${partner} uses its own version ${summary.overrideVersion}.` : `${partner} uses Hearth’s default.`} The format is described in templates/README.md.</p>
      <label className="field__label" htmlFor="tpl-text">
        Template text
      </label>
      <textarea id="tpl-text" ref={area} className="input textarea doc-template-text" rows={24} spellCheck={false} value={value} onChange={(e) => (setText(e.target.value), setProblems(null))} readOnly={!can('partners.manage')} />
      <div aria-live="polite">
        {problems && problems.length === 0 && <Notice tone="success"><p>No problems found.</p></Notice>}
        {problems && problems.length > 0 && (
          <Notice tone="error" title={`${problems.length} problem${problems.length === 1 ? '' : 's'}: not saved`}>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.line ? <button type="button" className="link-button" onClick={() => goToLine(p.line!)}>Line {p.line}</button> : 'The template'}: {p.message}</li>
              ))}
            </ul>
          </Notice>
        )}
        {message && <Notice tone={message.tone} live><p>{message.text}</p></Notice>}
      </div>
      {can('partners.manage') && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => void check()}>Check</Button>
          <Button onClick={() => void save()}>Save as {partner}’s version</Button>
          {summary.overrideVersion !== null && <Button variant="secondary" onClick={() => void revert()}>Use the default</Button>}
        </div>
      )}
      {summary.history.length > 0 && (
        <details>
          <summary>History ({summary.history.length})</summary>
          <ul>
            {summary.history.map((h) => (
              <li key={h.version}>
                Version {h.version}: {h.reverted ? 'back to the default' : 'own wording'} — {h.createdBy}, {formatDateTime(h.createdAt)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
