import { useCallback, useRef, useState } from 'react';
import type { TemplateProblem } from '../../../../shared/schemas/documents';
import { formatDateTime } from '../../../../shared/format/dates';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useResult } from '../../hooks/useResult';
import { useSession } from '../../hooks/useSession';

interface Summary {
  id: string;
  title: string;
  overrideVersion: number | null;
  history: { version: number; reverted: boolean; createdBy: string; createdAt: string }[];
}

/** The text of one template for one partner: check it (problems by line), save a version, or go back to the default. */
export function TemplateEditor({ partner, summary, onSaved }: { partner: string; summary: Summary; onSaved: () => void }) {
  const { can } = useSession();
  const load = useCallback(() => hearth.template.get({ partner, templateId: summary.id }), [partner, summary.id]);
  const [loaded, reload] = useResult(load);
  const [text, setText] = useState<string | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  if (loaded.state !== 'ok') return <p>{loaded.state === 'loading' ? 'Loading the template…' : loaded.message}</p>;
  const value = text ?? loaded.value.currentText;

  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const start = value.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    el.focus();
    el.setSelectionRange(start, start + (value.split('\n')[line - 1]?.length ?? 0));
  };
  const check = async () => {
    const r = await hearth.template.validate({ templateId: summary.id, text: value });
    if (r.ok) setProblems(r.value.problems);
    return r.ok && r.value.ok;
  };
  const save = async () => {
    setMessage(null);
    if (!(await check())) return;
    const r = await hearth.template.save({ partner, templateId: summary.id, text: value });
    setMessage(r.ok ? { tone: 'success', text: `Saved as ${partner}’s version ${r.value.version}. New documents for ${partner}’s cases use it.` } : { tone: 'error', text: r.error.message });
    if (r.ok) {
      onSaved();
      reload();
    }
  };
  const revert = async () => {
    const r = await hearth.template.revert({ partner, templateId: summary.id });
    setMessage(r.ok ? { tone: 'success', text: `${partner} uses Hearth’s default “${summary.title}” again (recorded as version ${r.value.version}).` } : { tone: 'error', text: r.error.message });
    if (r.ok) {
      setText(null);
      onSaved();
      reload();
    }
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
