import type { EqualityField } from '../../../../../shared/domain/vocabulary';

/**
 * Equality monitoring questions (P7, P8; answers are special-category data, UK GDPR Art 9). The answer
 * lists follow the Census 2021 high-level groups; "Not asked" stores nothing.
 */
export const EQUALITY_QUESTIONS: readonly { field: EqualityField; label: string; answers: readonly string[] }[] = [
  { field: 'ethnicity', label: 'Ethnic group', answers: ['Asian or Asian British', 'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White', 'Other ethnic group'] },
  { field: 'religion', label: 'Religion or belief', answers: ['No religion', 'Buddhist', 'Christian', 'Hindu', 'Jewish', 'Muslim', 'Sikh', 'Any other religion or belief'] },
  { field: 'sex', label: 'Sex', answers: ['Female', 'Male'] },
  { field: 'genderIdentity', label: 'Gender identity the same as the sex registered at birth?', answers: ['Yes', 'No'] },
  { field: 'sexualOrientation', label: 'Sexual orientation', answers: ['Straight or heterosexual', 'Gay or lesbian', 'Bisexual', 'Another sexual orientation'] },
  { field: 'ageBand', label: 'Age group', answers: ['Under 16', '16 to 24', '25 to 34', '35 to 44', '45 to 54', '55 to 64', '65 to 74', '75 or over'] },
  { field: 'disability', label: 'Disability or long-term illness', answers: ['Yes, limited a lot', 'Yes, limited a little', 'No'] },
];

export const PREFER_NOT = 'Prefer not to say';

export const equalityOptions = (answers: readonly string[]) => [
  { value: '', label: 'Not asked' },
  ...answers.map((a) => ({ value: a, label: a })),
  { value: PREFER_NOT, label: PREFER_NOT },
];
