import type { TemplateChoice } from '../../../../shared/schemas/documents';

/** The templates that do not fit the case yet, each with what it needs first. */
export function UnfitList({ templates }: { templates: readonly TemplateChoice[] }) {
  if (templates.length === 0) return null;
  return (
    <details className="doc-unfit">
      <summary>Not available for this case yet ({templates.length})</summary>
      <ul>
        {templates.map((t) => (
          <li key={t.id}>
            <strong>{t.title}</strong>: {t.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
