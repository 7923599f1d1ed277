import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { NoticeLanguageView } from '../../../../shared/schemas/languages';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { useSession } from '../../hooks/useSession';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

/**
 * The interpreter notice in each language (issue 19): what letters print above the English notice for a
 * person who needs an interpreter, where the words came from, and whether a translator has checked them.
 * An administrator corrects a translation here; each save is a new version, and the supplied words can
 * be put back.
 */
export function InterpreterNotices() {
  const { can } = useSession();
  const notices = useQuery(hearthQuery('notice:list', {}));
  return (
    <section className="panel" aria-labelledby="notices-heading">
      <h2 id="notices-heading">Interpreter notice in other languages</h2>
      <p>
        A letter to someone who needs an interpreter starts with this notice in their language, then the English. <code>{'{phone}'}</code> is where
        the partner’s telephone number goes.
      </p>
      {notices.isError && (
        <Notice tone="error" title="The translations could not be loaded">
          <p>{notices.error.message}</p>
        </Notice>
      )}
      {notices.isSuccess && (
        <>
          <p>
            English: <span lang="en-GB">{notices.data.english}</span>
          </p>
          <table className="table">
            <caption className="visually-hidden">The notice in each language</caption>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Words</th>
                <th scope="col">Where they came from</th>
              </tr>
            </thead>
            <tbody>
              {notices.data.languages.map((l) => (
                <tr key={l.name}>
                  <th scope="row">{l.name}</th>
                  <td lang={l.code} dir={l.dir}>
                    {l.text}
                  </td>
                  <td>
                    {l.source}. {l.checked ? 'Checked by a translator.' : 'Not checked by a translator.'} {l.version ? `Version ${l.version}.` : 'As supplied.'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {can('settings.update') && <CorrectNotice languages={notices.data.languages} />}
        </>
      )}
    </section>
  );
}

function CorrectNotice({ languages }: { languages: NoticeLanguageView[] }) {
  const [name, setName] = useState(languages[0]?.name ?? '');
  const chosen = languages.find((l) => l.name === name);
  const [text, setText] = useState(chosen?.text ?? '');
  const [source, setSource] = useState('');
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const change = useChange();

  const choose = (value: string) => {
    setName(value);
    setText(languages.find((l) => l.name === value)?.text ?? '');
    setSaved(null);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    void change.run('notice:save', { revert: false, language: name, text, source, checked }, (v) => setSaved(`Saved as version ${v.version}.`));
  };
  const revert = () => {
    setSaved(null);
    void change.run('notice:save', { revert: true, language: name }, () => setSaved('The supplied words are back in use.'));
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="notice-correct-heading">
      <h3 id="notice-correct-heading">Correct a translation</h3>
      {change.error && (
        <Notice tone="error" title="The translation was not saved">
          <p>{change.error}</p>
        </Notice>
      )}
      <SelectField id="notice-language" label="Language" value={name} onChange={choose} options={languages.map((l) => ({ value: l.name, label: l.name }))} />
      <TextAreaField id="notice-text" label="The notice in this language" hint="Keep {phone} where the telephone number goes." value={text} onChange={setText} lang={chosen?.code} dir={chosen?.dir} limit={600} />
      <TextField id="notice-source" label="Who translated or checked it" hint="For example: Anna Nowak, qualified translator, December 2026." value={source} onChange={setSource} />
      <CheckboxField id="notice-checked" label="A qualified translator has checked these words" checked={checked} onChange={setChecked} />
      <div className="button-row">
        <Button type="submit" busy={change.busy} busyLabel="Saving…">
          Save the translation
        </Button>
        {chosen && chosen.version > 0 && (
          <Button type="button" variant="secondary" onClick={revert}>
            Use the supplied words
          </Button>
        )}
        <p role="status" className="verdict verdict--good">
          {saved}
        </p>
      </div>
    </form>
  );
}
