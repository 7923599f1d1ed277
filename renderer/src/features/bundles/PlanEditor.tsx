import { useState, type DragEvent } from 'react';
import { pageRange, sectionLetter, SECTION_TITLES, type SectionKind } from '../../../../shared/domain/bundle-model';
import { move, type Pagination } from '../../../../shared/bundles/pagination';
import type { BundleCandidate, BundlePlan, BundleSources } from '../../../../shared/schemas/bundles';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';

interface Props {
  sources: BundleSources;
  plan: BundlePlan;
  pagination: Pagination | null;
  titles: Map<string, string>;
  onChange: (plan: BundlePlan, announcement: string) => void;
  disabled: boolean;
}

type Dragging = { kind: SectionKind; index: number } | null;

const evidenceIdOf = (key: string) => Number(key.slice(2));

/**
 * The plan: sections in order, documents in order within them (B15: dated documents start in date
 * order). Everything can be moved with the keyboard (Up and Down buttons, a section menu for evidence)
 * as well as dragged; each move is announced.
 */
export function PlanEditor({ sources, plan, pagination, titles, onChange, disabled }: Props) {
  const [dragging, setDragging] = useState<Dragging>(null);
  const byKey = new Map(sources.candidates.map((c) => [c.key, c]));
  const rows = new Map((pagination?.rows ?? []).map((r) => [r.key, r]));
  const titleOf = (key: string) => titles.get(key) ?? byKey.get(key)?.title ?? key;
  const planned = new Set(plan.sections.flatMap((s) => s.items));
  const filled = plan.sections.filter((s) => s.items.length > 0).map((s) => s.kind);
  const letterOf = (kind: SectionKind) => {
    const i = filled.indexOf(kind);
    return i < 0 ? '–' : sectionLetter(i);
  };

  const setSection = (kind: SectionKind, items: string[]) => ({ ...plan, sections: plan.sections.map((s) => (s.kind === kind ? { ...s, items } : s)) });
  const moveItem = (kind: SectionKind, from: number, to: number) => {
    const section = plan.sections.find((s) => s.kind === kind)!;
    if (to < 0 || to >= section.items.length || from === to) return;
    const key = section.items[from]!;
    onChange(setSection(kind, move(section.items, from, to)), `${titleOf(key)} moved to position ${to + 1} of ${section.items.length} in ${SECTION_TITLES[kind]}.`);
  };
  const moveSection = (from: number, to: number) => {
    if (to < 0 || to >= plan.sections.length) return;
    const kind = plan.sections[from]!.kind;
    onChange({ ...plan, sections: move(plan.sections, from, to) }, `${SECTION_TITLES[kind]} moved to position ${to + 1} of ${plan.sections.length}.`);
  };
  const remove = (kind: SectionKind, key: string) => {
    const section = plan.sections.find((s) => s.kind === kind)!;
    onChange(setSection(kind, section.items.filter((k) => k !== key)), `${titleOf(key)} taken out of the bundle.`);
  };
  const toSection = (from: SectionKind, key: string, to: SectionKind) => {
    const sections = plan.sections.map((s) => (s.kind === from ? { ...s, items: s.items.filter((k) => k !== key) } : s));
    const existing = sections.find((s) => s.kind === to);
    const next = existing ? sections.map((s) => (s.kind === to ? { ...s, items: [...s.items, key] } : s)) : [...sections, { kind: to, items: [key] }];
    onChange({ ...plan, sections: next }, `${titleOf(key)} moved to ${SECTION_TITLES[to]}.`);
  };
  const add = (c: BundleCandidate) => {
    const to = c.defaultSection;
    const existing = plan.sections.find((s) => s.kind === to);
    const sections = existing ? plan.sections.map((s) => (s.kind === to ? { ...s, items: [...s.items, c.key] } : s)) : [...plan.sections, { kind: to, items: [c.key] }];
    onChange({ ...plan, sections }, `${c.title} added to ${SECTION_TITLES[to]}.`);
  };

  const onDrop = (kind: SectionKind, index: number) => (e: DragEvent) => {
    e.preventDefault();
    if (!dragging) return;
    if (dragging.kind === kind) moveItem(kind, dragging.index, index);
    else {
      const key = plan.sections.find((s) => s.kind === dragging.kind)!.items[dragging.index]!;
      if (byKey.get(key)?.allowedSections.includes(kind)) toSection(dragging.kind, key, kind);
    }
    setDragging(null);
  };

  const available = sources.candidates.filter((c) => c.usable && !planned.has(c.key));
  const unusable = sources.candidates.filter((c) => !c.usable);

  return (
    <section className="panel bundle-plan" aria-labelledby="plan-h">
      <h2 id="plan-h">Sections and documents</h2>
      <p className="bundle-hint">Drag a document to move it, or use its Up and Down buttons. Page numbers follow as you go.</p>
      {plan.sections.map((section, si) => {
        const row = rows.get(section.kind);
        const headingId = `plan-section-${section.kind}`;
        return (
          <div key={section.kind} className="bundle-section" role="group" aria-labelledby={headingId}>
            <div className="bundle-section__head">
              <h3 id={headingId}>
                <span className="bundle-tab">{letterOf(section.kind)}</span> {SECTION_TITLES[section.kind]}
                {row ? <span className="bundle-pages"> pages {pageRange(row.start, row.end)}</span> : section.items.length === 0 ? <span className="bundle-pages"> (empty: left out)</span> : null}
              </h3>
              <div className="row-actions">
                <Button small variant="secondary" disabled={disabled || si === 0} aria-label={`Move section ${SECTION_TITLES[section.kind]} up`} onClick={() => moveSection(si, si - 1)}>
                  Up
                </Button>
                <Button small variant="secondary" disabled={disabled || si === plan.sections.length - 1} aria-label={`Move section ${SECTION_TITLES[section.kind]} down`} onClick={() => moveSection(si, si + 1)}>
                  Down
                </Button>
              </div>
            </div>
            <ol className="bundle-items" onDragOver={(e) => e.preventDefault()} onDrop={onDrop(section.kind, section.items.length - 1)}>
              {section.items.map((key, i) => {
                const c = byKey.get(key);
                const r = rows.get(key);
                const title = titleOf(key);
                return (
                  <li
                    key={key}
                    className={`bundle-item${dragging?.kind === section.kind && dragging.index === i ? ' bundle-item--dragging' : ''}`}
                    draggable={!disabled}
                    onDragStart={(e) => {
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData('text/plain', key);
                      setDragging({ kind: section.kind, index: i });
                    }}
                    onDragEnd={() => setDragging(null)}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={(e) => {
                      e.stopPropagation();
                      onDrop(section.kind, i)(e);
                    }}
                    data-key={key}
                  >
                    <span className="bundle-item__grip" aria-hidden="true">
                      ⠿
                    </span>
                    <span className="bundle-item__tab">{r?.tab ?? ''}</span>
                    <span className="bundle-item__title">
                      {title}
                      {c?.duplicateOf && <span className="tag tag--warning">Duplicate</span>}
                    </span>
                    <span className="bundle-item__pages">{r ? pageRange(r.start, r.end) : '…'}</span>
                    <span className="row-actions">
                      <Button small variant="secondary" disabled={disabled || i === 0} aria-label={`Move ${title} up`} onClick={() => moveItem(section.kind, i, i - 1)}>
                        Up
                      </Button>
                      <Button small variant="secondary" disabled={disabled || i === section.items.length - 1} aria-label={`Move ${title} down`} onClick={() => moveItem(section.kind, i, i + 1)}>
                        Down
                      </Button>
                      {c && c.allowedSections.length > 1 && (
                        <select className="input input--small" aria-label={`Section for ${title}`} value={section.kind} disabled={disabled} onChange={(e) => toSection(section.kind, key, e.target.value as SectionKind)}>
                          {c.allowedSections.map((k) => (
                            <option key={k} value={k}>
                              {SECTION_TITLES[k]}
                            </option>
                          ))}
                        </select>
                      )}
                      <Button small variant="secondary" disabled={disabled} aria-label={`Take ${title} out of the bundle`} onClick={() => remove(section.kind, key)}>
                        Remove
                      </Button>
                    </span>
                    {section.kind === 'statements' && c?.kind === 'evidence' && (
                      <div className="bundle-item__hearsay">
                        <CheckboxField
                          id={`hearsay-${evidenceIdOf(key)}`}
                          label="Its maker will not be called (hearsay notice, CPR 33.2)"
                          disabled={disabled}
                          checked={plan.hearsayEvidence.includes(evidenceIdOf(key))}
                          onChange={(on) => {
                            const id = evidenceIdOf(key);
                            const hearsayEvidence = on ? [...plan.hearsayEvidence, id] : plan.hearsayEvidence.filter((x) => x !== id);
                            const withNotice = on && !planned.has('g:hearsay-notice') ? setSection('statements', [...section.items, 'g:hearsay-notice']) : plan;
                            onChange({ ...withNotice, hearsayEvidence }, on ? `${title}: its maker will not be called; it is listed in the hearsay notice.` : `${title} taken off the hearsay notice.`);
                          }}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
      {available.length > 0 && (
        <>
          <h3>Not in the bundle</h3>
          <ul className="bundle-available">
            {available.map((c) => (
              <li key={c.key}>
                <span>
                  {c.title}
                  {c.duplicateOf && <span className="tag tag--warning">Same file as another item</span>}
                </span>
                <Button small variant="secondary" disabled={disabled} aria-label={`Add ${c.title} to ${SECTION_TITLES[c.defaultSection]}`} onClick={() => add(c)}>
                  Add
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {unusable.filter((c) => c.kind !== 'generated').length > 0 && (
        <>
          <h3>Cannot go in a bundle</h3>
          <ul className="bundle-unusable">
            {unusable
              .filter((c) => c.kind !== 'generated')
              .map((c) => (
                <li key={c.key}>{c.problem}</li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
