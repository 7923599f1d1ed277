/**
 * The group's Harassment Policy paragraphs that Hearth cites, each in the policy's own words (shortened
 * only where a paragraph runs on; nothing added). Screens show a reference as "Policy 4.5" and these
 * words on hover or focus (issue 17: bare "P4.5" meant nothing to a new officer). "C" is the partner
 * council's published page, which some service standards come from.
 */
export const POLICY_PARAGRAPHS: Readonly<Record<string, string>> = {
  '1.1': 'This policy applies to all Circle Anglia group partners.',
  '1.4': 'In addition there is a separate Domestic Abuse policy.',
  '3.1': 'Harassment is any deliberate attack suffered by an individual or group because of their colour, race, religion, nationality, gender, sexual orientation, age, disability, or illness.',
  '3.2': 'We will initially investigate any case as harassment if the victim or anyone else perceives it to be harassment. Upon further investigation, we will make a judgement on whether to continue to manage the case as harassment.',
  '3.3': 'Acts of harassment include (but are not limited to): discriminatory behaviour or language; hate crimes; actual or threatened violence; abusive or insulting words or behaviour; actual or threatened damage to another person’s home or possessions; threatening, abusive or insulting graffiti or written material; behaviour that interferes with the peace, comfort or convenience of others.',
  '3.4': 'Legal action against most types of harassment can usually only be taken where there has been a series of incidents. Legal action against hate crime can be taken after only one incident.',
  '3.5': 'Hate crime includes verbal and physical abuse, assaults, criminal damage, vandalism, hate mail, violence and threats of violence.',
  '3.8': 'Tenants are responsible for the actions of other members of their household and any visitors, and we may take action against them as a result of harassment perpetrated by any members of their household or visitors.',
  '3.13': 'Staff will at all times be vigilant to ensure that they maintain confidentiality, and do not give details of cases they are involved in or aware of to any person inappropriately.',
  '3.14': 'We will only disclose the complainant’s identity to the perpetrator and any other parties including doctors, teachers or social workers with their explicit written permission. However, we may refer cases to social services or to the police without the permission of the complainant, where the situation justifies it.',
  '4.1': 'Harassment can be reported by victims or witnesses by phone, e-mail, letter, in person or on our website.',
  '4.2': 'The timescales set out in this section are those agreed as a minimum standard across the group. Some group partners individually work to shorter timescales.',
  '4.4': 'Where serious incidents are reported such as hate crimes we will respond faster, working with the police to ensure the safety of the victim(s) and coordinate legal action.',
  '4.5': 'If a case of harassment has been reported on a Friday, and fear of violence is still present, we will refer the complainant to relevant external organisations (e.g. police, local authority) to provide support over the weekend.',
  '4.6': 'In standard cases we will provide an initial response to the report within 24 hours, acknowledging its receipt and informing the complainant who will be dealing with the case, and when they will next be contacted.',
  '4.8': 'The officer responsible for the case will contact the complainant within five days of the initial report. Where there are emergency repairs or discriminatory graffiti we will rectify within 24 hours of the report.',
  '4.9': 'An interview with the complainant will be carried out within ten days of the report. Where possible, and the complainant is happy for us to do so, we will also interview the alleged perpetrator and any other witnesses or victims.',
  '4.10': 'Where it is evident that harassment has occurred an action plan for dealing with the problem will be finally agreed within 14 days of the initial report, or more quickly if there is violence or a threat of violence involved.',
  '4.11': 'We will carry out an initial review of the action plan within 15 days of its creation, phone those involved every 15 calendar days unless the plan states otherwise, review the plan every 30 calendar days, and issue any updated version to the complainant within three days.',
  '5': 'Tackling harassment: the escalation from warnings to legal action.',
  '5.3': 'Where no perpetrator can be identified, we may send out a letter or flyer to all tenants in the area.',
  '5.4': 'Our first response will often be a verbal and written warning to the alleged perpetrator. However, we will not send a written warning unless we have some level of confirmation that the person involved has in fact threatened or committed harassment.',
  '5.5': 'Where appropriate we will work in partnership with the police who have specific powers to issue warnings.',
  '5.6': 'Where the offence is repeated, but harassment is of a low level nature, we will consider working with the perpetrator to change their behaviour by developing an Acceptable Behaviour Contract (ABC).',
  '5.8': 'Where harassment is ongoing, or is of a serious nature, we will proceed directly to take legal action. Where the police are taking criminal action we may hold off on taking any legal action ourselves, depending on the circumstances.',
  '5.9': 'Our preferred legal remedy is an injunction. We may apply for an injunction without notice where immediate action is needed. An injunction can only be sought against a perpetrator who is over the age of 18.',
  '5.10': 'Where necessary we will apply for a power of arrest to be attached to the injunction.',
  '5.11': 'Under the Protection from Harassment Act 1997 a Restraining Order can be given by the court to protect a victim from harassment or fear of violence.',
  '5.12': 'We will only use orders of this kind where it is felt that they are the most effective tool to deal with the behaviour, rather than as a standard procedure.',
  '5.13': 'In particularly serious cases, for example where there have been violent attacks, or criminal activity, we will apply for possession.',
  '5.15': 'In severe cases, for example where physical violence has been experienced, or there is irresolvable damaging conflict between two parties, we may consider whether a voluntary move on management grounds would be appropriate.',
  '5.16': 'We will get legal advice and guidance at an early stage and throughout all cases where we take legal action.',
  '6.2': 'Our service standards: respond to racial harassment and domestic violence within 24 hours; remove offensive graffiti within 24 hours; agree an action plan within two weeks and review it every month; review all open cases after three months; discuss closing with the complainant and offer an appeal; ask for feedback after a case is closed.',
  '7.1': 'We will collect data on harassment, including to identify hotspots of harassment and specific problems.',
  '7.2': 'We will monitor incidents, response against target time, support and referrals, cases resolved, satisfaction, actions taken, equality information, method of reporting, and costs.',
  '7.3': 'We will report on our progress, performance and costs regularly to partner boards.',
  '8.3': 'This document can be translated or provided in alternative formats (e.g. Braille, large print, audio) upon request.',
  C: 'The council’s page: if you are in immediate danger, phone the Police; we will respond within one working day and produce a plan of action within three working days; arrange emergency accommodation for a tenant and their household assessed as being in immediate danger if this will reduce the risk; remove offensive graffiti within 24 hours of it being reported; treat any repair required as a result of the incident as an emergency repair; and take firm action against harassment, including harassment of our staff or contractors.',
  '1.5': 'Complaints about the behaviour of staff or contractors will be taken forward through the Complaints policy and procedure.',
  '1.6': 'This policy does not cover situations where staff suffer harassment from other staff, or from someone who is unconnected with Circle Anglia. Please see the HR policies on Fairness and Dignity at Work, and Bereavement and Compassionate Leave for guidance about these situations.',
  '3.17': 'We will consider the safety and perception of safety of victims and witnesses, and where appropriate we will work with partners to provide additional safety measures. We will liaise with Crime Prevention services where necessary to protect witnesses.',
  '4.7': 'Staff members will be aware of the possibility of unfounded or libellous reports being made, as well as racist or other discriminatory motivations behind accusations. All such reports will be investigated. Where it is considered that the complainant is in fact perpetrating harassment, we will take action accordingly.',
  '5.17': 'We will work with the police to encourage and support prosecutions of criminal activity. Appendix 1 lists the offences that can be prosecuted.',
  '5.19': 'Standard offences that are considered to be aggravated by race, religion, disability, homophobia or transphobia attract a higher penalty.',
  '5.20': 'The Criminal Justice and Police Act 2001 gives the police powers to direct a person to leave where their presence amounts to, or is likely to result in, the harassment of the resident, or is likely to cause alarm or distress to the resident.',
  // Issue 21: the police request's evidence pack and the disclosure log cite the police and data-sharing paragraphs.
  '3.11': 'The police are often the most appropriate body to deal with incidents of harassment, as they have powers of arrest and criminal prosecution. We will work with them to encourage action and provide any evidence needed in support.',
  '3.12': 'The Data Protection Act 1998 set out requirements for ensuring that data about individuals is properly protected, and only shared in a lawful way.',
};

/** A reference as written in the code ("P4.5", "P4.10–4.11", "P5") and as an officer reads it. */
export const POLICY_REFERENCE = /\bP(\d+(?:\.\d+)?)(?:[–-](\d+\.\d+))?\b/g;

/** "P4.5" → "Policy 4.5"; "P4.10–4.11" → "Policy 4.10–4.11"; "P5" → "Policy section 5". */
export function referenceWords(first: string, last?: string): string {
  if (last) return `Policy ${first}–${last}`;
  return first.includes('.') ? `Policy ${first}` : `Policy section ${first}`;
}

/** Every policy reference in a text in words, for places that take plain text (labels, messages). */
export function policyWords(text: string): string {
  return text.replace(POLICY_REFERENCE, (_whole, first: string, last: string | undefined) => referenceWords(first, last));
}

/**
 * A service standard's source, a list such as "P4.8, P6.2, C", in words: "Policy 4.8, Policy 6.2, council
 * page". Only here does a lone "C" mean the council's page.
 */
export function sourceWords(source: string): string {
  return source.split(/,\s*/).map((part) => (part.trim() === 'C' ? 'council page' : policyWords(part))).join(', ');
}

/** The policy's words for a reference's paragraphs (the first and last of a range), or null if not cited here. */
export function policyParagraphText(key: string, last?: string): string | null {
  const own = POLICY_PARAGRAPHS[key];
  if (!own) return null;
  const end = last ? POLICY_PARAGRAPHS[last] : undefined;
  return end ? `${key}: ${own} … ${last}: ${end}` : own;
}
