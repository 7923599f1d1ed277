import type { ReactNode } from 'react';
import { type Block, type DocumentModel, type Run, signatureLines } from '../../../../shared/documents/model';

/**
 * The document model drawn as a page in the window: the same blocks the PDF and Word writers use, so the
 * preview says exactly what the files will say. (A PDF cannot be shown inside the window: the CSP allows
 * no frames or objects; "Open the PDF" saves the draft instead.)
 */
function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.bold ? (
          <strong key={i} lang={r.lang}>
            {r.text}
          </strong>
        ) : (
          <span key={i} lang={r.lang}>
            {r.text}
          </span>
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }): ReactNode {
  const align = 'align' in block && block.align ? `doc-align-${block.align}` : undefined;
  switch (block.kind) {
    case 'heading': {
      const Tag = block.level === 1 ? 'h3' : block.level === 2 ? 'h4' : 'h5';
      return (
        <Tag className={['doc-h', `doc-h${block.level}`, align].filter(Boolean).join(' ')}>
          <Runs runs={block.runs} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className={[block.number ? 'doc-numbered' : '', block.emphasis ? 'doc-emphasis' : '', align].filter(Boolean).join(' ') || undefined}>
          {block.number !== undefined && <span className="doc-number">{block.number}.</span>}
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table className="doc-table">
          {block.header && (
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <Runs runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature': {
      const [first, ...rest] = signatureLines(block);
      return (
        <div className={block.signHere ? 'doc-sign doc-sign--line' : 'doc-sign'}>
          {block.signHere ? <p>{first}</p> : <p className="doc-sign__space" aria-hidden="true" />}
          <p>
            <strong>{block.signHere ? rest.join(' ') : first}</strong>
            {!block.signHere &&
              rest.map((l, i) => (
                <span key={i}>
                  <br />
                  {l}
                </span>
              ))}
          </p>
        </div>
      );
    }
    case 'box':
      return (
        <div className="doc-box">
          {block.blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
        </div>
      );
    case 'address':
      return (
        <p className="doc-address">
          {block.lines.map((l, i) => (
            <span key={i}>
              {i > 0 && <br />}
              {l}
            </span>
          ))}
        </p>
      );
    case 'image':
      return <img className="doc-image" src={`data:image/${block.format};base64,${block.data}`} alt={block.alt} />;
    case 'page-break':
      return <hr className="doc-page-break" aria-label="New page" />;
  }
}

export function DocumentPreview({ model, label }: { model: DocumentModel; label: string }) {
  const size = model.variant.largePrint ? 'doc-paper--large' : model.variant.easyRead ? 'doc-paper--easy' : '';
  return (
    <article className={`doc-paper ${model.layout === 'statement' ? 'doc-paper--statement' : ''} ${size}`} aria-label={label} lang={model.lang}>
      {model.letterhead && (
        <header className="doc-letterhead">
          <p className="doc-letterhead__name">{model.letterhead.name}</p>
          <p className="doc-letterhead__lines">
            {model.letterhead.lines.map((l, i) => (
              <span key={i}>
                {l}
                <br />
              </span>
            ))}
          </p>
        </header>
      )}
      {model.corner.length > 0 && (
        <p className="doc-corner">
          {model.corner.map((l, i) => (
            <span key={i}>
              {l}
              <br />
            </span>
          ))}
        </p>
      )}
      {(model.addressee.length > 0 || model.meta.length > 0) && (
        <div className="doc-address-row">
          <p className="doc-address">
            {model.addressee.map((l, i) => (
              <span key={i}>
                {l}
                <br />
              </span>
            ))}
          </p>
          <dl className="doc-meta">
            {model.meta.map((m) => (
              <div key={m.label}>
                <dt>{m.label}:</dt> <dd>{m.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {model.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
      <footer className="doc-footer">{model.footer}</footer>
    </article>
  );
}
