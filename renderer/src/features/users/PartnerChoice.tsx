import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { CheckboxGroup } from '../../ui/CheckboxGroup';

interface Props {
  id: string;
  value: readonly string[];
  onChange: (partners: string[]) => void;
  error?: string | null;
}

/** The active partners, as boxes to tick: whose cases a person works on (P1.1). */
export function PartnerChoice({ id, value, onChange, error }: Props) {
  const partners = useQuery({ ...hearthQuery('partners:list', {}), select: (all) => all.filter((p) => p.active) });
  if (partners.isPending) return <p>Loading the partners…</p>;
  if (partners.isError) return <p className="row-error">{partners.error.message}</p>;
  return (
    <div className={error ? 'field field--error' : undefined}>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <CheckboxGroup id={id} legend="Partners they work for" hint="They see only these partners’ cases. Choose at least one." options={partners.data.map((p) => ({ code: p.code, label: `${p.name} (${p.code})` }))} value={value} onChange={onChange} columns />
    </div>
  );
}
