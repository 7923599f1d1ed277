import type { ComponentType } from 'react';
import type { ActionKind } from '../../../../../../shared/domain/action-kinds';
import { AbcFields } from './AbcFields';
import { ClosureOrderFields, DemotionFields, OrderFields } from './CourtFields';
import type { FieldsProps } from './fieldsProps';
import { InjunctionFields } from './InjunctionFields';
import { AreaLetterFields, ManagementMoveFields, MediationFields } from './OtherFields';
import { PoliceFields } from './PoliceFields';
import { PossessionFields } from './PossessionFields';
import { VerbalWarningFields, WrittenWarningFields } from './WarningFields';

/** Each kind of action's own questions (conventions §6.14: actions as data). */
const FIELDS: Record<ActionKind, ComponentType<FieldsProps>> = {
  'verbal-warning': VerbalWarningFields,
  'written-warning-first': WrittenWarningFields,
  'written-warning-final': WrittenWarningFields,
  'police-measure': PoliceFields,
  abc: AbcFields,
  mediation: MediationFields,
  'civil-injunction': InjunctionFields,
  'restraining-order': OrderFields,
  'criminal-behaviour-order': OrderFields,
  'closure-order': ClosureOrderFields,
  demotion: DemotionFields,
  possession: PossessionFields,
  'management-move': ManagementMoveFields,
  'area-letter': AreaLetterFields,
};

export function KindFields(props: FieldsProps) {
  const kind = props.form.values.kind;
  if (!kind) return null;
  const Fields = FIELDS[kind];
  return <Fields {...props} />;
}
