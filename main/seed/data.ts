/**
 * Word lists for generated demo and benchmark data. Every person is fictional: first names and surnames are
 * combined at random; phone numbers are in Ofcom's ranges reserved for drama (07700 900xxx, 01632 960xxx,
 * 020 7946 0xxx) and e-mail addresses use example.com/example.org, so nothing generated can reach anyone.
 */

export const FIRST_NAMES = [
  'Amira', 'Aisha', 'Abdul', 'Adam', 'Adebayo', 'Agnieszka', 'Aiden', 'Alfie', 'Alice', 'Amelia', 'Andrzej', 'Anita',
  'Anthony', 'Arjun', 'Barbara', 'Bilal', 'Bridget', 'Callum', 'Carol', 'Chantelle', 'Charlotte', 'Chidi', 'Ciaran',
  'Connor', 'Craig', 'Daniel', 'Danielle', 'Darren', 'Dean', 'Deborah', 'Declan', 'Dorothy', 'Elif', 'Ellie', 'Emeka',
  'Emily', 'Emma', 'Fatima', 'Femi', 'Fiona', 'Florin', 'Gareth', 'Gemma', 'George', 'Grace', 'Hamza', 'Harry',
  'Hassan', 'Hayley', 'Ibrahim', 'Imran', 'Isla', 'Ivan', 'Jack', 'Jade', 'James', 'Jamal', 'Janet', 'Jason', 'Jayden',
  'Joan', 'Joanne', 'John', 'Joseph', 'Kayleigh', 'Keith', 'Kerry', 'Khadija', 'Kwame', 'Kyle', 'Lauren', 'Leah',
  'Leon', 'Liam', 'Lily', 'Linda', 'Lucy', 'Luke', 'Maria', 'Marcus', 'Margaret', 'Mark', 'Martin', 'Maryam', 'Mehmet',
  'Michael', 'Mohammed', 'Molly', 'Nadia', 'Natalie', 'Neil', 'Nicola', 'Nkechi', 'Noah', 'Oliver', 'Olivia', 'Oscar',
  'Patricia', 'Paul', 'Peter', 'Precious', 'Priya', 'Rachel', 'Rajesh', 'Rebecca', 'Reece', 'Rhys', 'Rosa', 'Ryan',
  'Sadia', 'Samuel', 'Sandra', 'Sarah', 'Shane', 'Sharon', 'Simon', 'Sinead', 'Sophie', 'Stacey', 'Stephen', 'Susan',
  'Tariq', 'Terry', 'Thomas', 'Tomasz', 'Tracey', 'Tyler', 'Valentina', 'Vikram', 'Wayne', 'William', 'Yasmin', 'Yusuf',
  'Zainab', 'Zoe',
] as const;

export const SURNAMES = [
  'Adeyemi', 'Ahmed', 'Ali', 'Allen', 'Anderson', 'Appiah', 'Bailey', 'Baker', 'Begum', 'Bennett', 'Brennan', 'Brooks',
  'Brown', 'Butler', 'Campbell', 'Carter', 'Chaudhry', 'Clarke', 'Collins', 'Cooper', 'Cox', 'Davies', 'Dawson', 'Doherty',
  'Edwards', 'Evans', 'Fernandes', 'Fisher', 'Fletcher', 'Foster', 'Gallagher', 'Green', 'Griffiths', 'Hall', 'Harris',
  'Haddad', 'Hughes', 'Hussain', 'Iqbal', 'Jackson', 'James', 'Jenkins', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan',
  'Kowalski', 'Lewis', 'Lloyd', 'Mahmood', 'Marshall', 'Martin', 'Mason', 'McCarthy', 'Mensah', 'Miah', 'Mitchell',
  'Moore', 'Morgan', 'Morris', 'Murphy', 'Murray', 'Nowak', 'Nwosu', "O'Brien", 'Okafor', 'Okoye', 'Oliveira', 'Owen',
  'Palmer', 'Parker', 'Patel', 'Pearson', 'Phillips', 'Popescu', 'Price', 'Quinn', 'Rahman', 'Reid', 'Richards',
  'Roberts', 'Robinson', 'Rossi', 'Russell', 'Santos', 'Scott', 'Shah', 'Sharma', 'Simpson', 'Singh', 'Smith', 'Stewart',
  'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker', 'Walsh', 'Ward', 'Watson', 'White', 'Whitcombe', 'Williams',
  'Wilson', 'Wood', 'Wright', 'Yilmaz', 'Young',
] as const;

export const STREETS = [
  'Elm Road', 'Station Road', 'Church Lane', 'Victoria Street', 'Mill Lane', 'Park Avenue', 'High Street', 'Queens Road',
  'Kings Road', 'Manor Way', 'Orchard Close', 'Chestnut Grove', 'Willow Walk', 'Beech Crescent', 'Hawthorn Drive',
  'Rectory Road', 'School Lane', 'Albert Road', 'Springfield Road', 'Meadow View', 'Brook Street', 'Castle Street',
  'Priory Road', 'Abbey Road', 'Garden Row', 'Marsh Lane', 'Harbour Way', 'Mulberry Court', 'Cedar Avenue',
  'Sycamore Road', 'Lime Tree Walk', 'Foundry Lane', 'Canal Side', 'Ropewalk', 'Tanners Lane', 'Gasworks Road',
  'Lavender Hill', 'Poplar Grove', 'Rowan Close', 'Holly Street', 'Alder Way', 'Kestrel Road', 'Falcon Court',
  'Heron Quay', 'Windmill Hill', 'Farriers Way', 'Bakers Row', 'Chapel Street', 'Market Place', 'Bridge Street',
] as const;

export const BLOCKS = [
  'Ashdown House', 'Beaumont Court', 'Cavendish House', 'Dryden Tower', 'Elmhurst Court', 'Fairfax House', 'Gresham Point',
  'Hampden House', 'Ivy Court', 'Jubilee Tower', 'Kelvin House', 'Lancaster Court', 'Milton House', 'Nelson Tower',
  'Osprey Court', 'Pembroke House', 'Rosary Court', 'Sheridan Point', 'Telford House', 'Wentworth Court',
] as const;

/** Where each partner's homes are: a town or district, its postcode districts and its estates. */
export const PARTNER_AREAS: Record<string, { town: string; districts: readonly string[]; estates: readonly string[]; weight: number }> = {
  C33: { town: 'London', districts: ['N1', 'N7', 'N19', 'E8', 'E5', 'N16'], estates: ['Elm', 'Packington', 'Andover', 'Holly Street', 'Nightingale'], weight: 20 },
  CAL: { town: 'London', districts: ['SE1', 'SE16', 'SE15'], estates: ['Tabard Gardens', 'Rotherhithe', 'Peckham Park'], weight: 4 },
  EPIC: { town: 'Southend-on-Sea', districts: ['SS1', 'SS2', 'SS3'], estates: ['Kursaal', 'Queensway', 'Shoebury'], weight: 8 },
  INV: { town: 'Maidstone', districts: ['ME14', 'ME15', 'ME16'], estates: ['Shepway', 'Park Wood', 'Ringlestone'], weight: 3 },
  MV: { town: 'Dorking', districts: ['RH4', 'RH5', 'KT22'], estates: ['Goodwyns', 'Chart Downs', 'Leatherhead North'], weight: 8 },
  OF: { town: 'London', districts: ['E3', 'E2', 'E14'], estates: ['Old Ford', 'Roman Road', 'Lincoln', 'Monier Road'], weight: 9 },
  ROD: { town: 'Wisbech', districts: ['PE13', 'PE14', 'PE15'], estates: ['Waterlees', 'Clarkson', 'Orchard Gardens'], weight: 7 },
  RUS: { town: 'Dartford', districts: ['DA1', 'DA2', 'BR8'], estates: ['Temple Hill', 'Swanley Village', 'Joyce Green'], weight: 10 },
  SAH: { town: 'Ipswich', districts: ['IP1', 'IP2', 'IP3', 'CO1'], estates: ['Chantry', 'Whitehouse', 'Greenwich', 'Greenstead'], weight: 12 },
  WH: { town: 'Norwich', districts: ['NR1', 'NR2', 'NR3', 'NR30'], estates: ['Lakenham', 'Mile Cross', 'Larkman', 'Middlegate'], weight: 14 },
};

/** The demo team: each partner has at least two officers, and each officer works for two or three partners. */
export const DEMO_STAFF = [
  { username: 'priya.shah', displayName: 'Priya Shah', role: 'officer', partners: ['C33', 'OF'] },
  { username: 'tom.okafor', displayName: 'Tom Okafor', role: 'officer', partners: ['C33', 'CAL', 'EPIC'] },
  { username: 'grace.mwangi', displayName: 'Grace Mwangi', role: 'officer', partners: ['WH', 'ROD'] },
  { username: 'liam.byrne', displayName: 'Liam Byrne', role: 'officer', partners: ['WH', 'SAH'] },
  { username: 'sara.lindqvist', displayName: 'Sara Lindqvist', role: 'officer', partners: ['SAH', 'INV', 'RUS'] },
  { username: 'dev.patel', displayName: 'Dev Patel', role: 'officer', partners: ['RUS', 'MV'] },
  { username: 'hannah.price', displayName: 'Hannah Price', role: 'officer', partners: ['MV', 'EPIC', 'CAL'] },
  { username: 'kofi.mensah', displayName: 'Kofi Mensah', role: 'officer', partners: ['OF', 'ROD', 'INV'] },
  { username: 'mo.rahman', displayName: 'Mo Rahman', role: 'manager', partners: null },
  { username: 'olu.adeyemi', displayName: 'Olu Adeyemi', role: 'legal', partners: null },
] as const;

export const LANGUAGES = ['Polish', 'Romanian', 'Bengali', 'Urdu', 'Somali', 'Arabic', 'Turkish', 'Portuguese', 'Lithuanian', 'Tigrinya'] as const;

/** What happened, by act: short sentences an officer might write, with {where} and {when} filled in. */
export const ACT_TEXT: Record<string, readonly string[]> = {
  nuisance: [
    'Loud music and shouting from {where} until about {when}.',
    'Parties every weekend at {where}; guests arguing on the stairs after midnight.',
    'Dog left barking for hours at {where}; fouling in the communal garden.',
    'Group gathering in the stairwell near {where}, smoking cannabis and leaving litter.',
    'Banging and drilling from {where} late at night, again.',
    'Rubbish bags dumped on the landing outside {where}.',
    'Cars revving and racing in the car park behind {where} until {when}.',
  ],
  'verbal-abuse': [
    'Shouted abuse at the complainant across the landing at {where}.',
    'Swore at the complainant and her children outside {where}.',
    'Called the complainant names through the letterbox at {where}.',
  ],
  'abusive-words-or-behaviour': [
    'Stood outside {where} staring and making gestures for about twenty minutes.',
    'Followed the complainant from the bus stop to {where}, making comments.',
    'Filmed the complainant on a phone at {where} and laughed.',
  ],
  'discriminatory-language': [
    'Racist abuse shouted at the complainant outside {where}.',
    'Told the complainant to "go back home" in the lift at {where}.',
    'Made homophobic remarks about the complainant and his partner at {where}.',
    'Mocked the complainant’s disability in the communal hallway at {where}.',
    'Shouted abuse about the complainant’s religion outside {where}.',
  ],
  violence: ['Pushed the complainant against the wall at {where}.', 'Punched the complainant in the car park near {where}.'],
  'threat-of-violence': [
    'Threatened to "sort out" the complainant at {where}.',
    'Threatened to burn the complainant’s door at {where}.',
    'Said he would stab the complainant’s son if he saw him near {where} again.',
  ],
  assault: ['Assaulted the complainant on the stairs at {where}; police attended.', 'Spat at the complainant outside {where}.'],
  'damage-to-home': ['Kicked the complainant’s front door at {where}, cracking the panel.', 'Smashed the complainant’s window at {where} at about {when}.'],
  'criminal-damage': ['Car tyres slashed outside {where}.', 'Door entry panel at {where} smashed.'],
  vandalism: ['Communal lights at {where} broken again.', 'Plant pots and the bench outside {where} smashed.'],
  graffiti: ['Offensive graffiti sprayed on the wall by {where}.', 'Graffiti scratched into the complainant’s door at {where}.'],
  'hate-mail': ['Abusive note pushed through the complainant’s letterbox at {where}.', 'Hate leaflet left on the complainant’s car at {where}.'],
};

export const ACTS_BY_CATEGORY: Record<string, readonly (readonly [string, number])[]> = {
  asb: [
    ['nuisance', 60],
    ['vandalism', 10],
    ['criminal-damage', 8],
    ['verbal-abuse', 10],
    ['graffiti', 6],
    ['abusive-words-or-behaviour', 6],
  ],
  harassment: [
    ['verbal-abuse', 30],
    ['abusive-words-or-behaviour', 25],
    ['threat-of-violence', 15],
    ['damage-to-home', 10],
    ['nuisance', 15],
    ['violence', 5],
  ],
  'hate-incident': [
    ['discriminatory-language', 40],
    ['verbal-abuse', 15],
    ['graffiti', 12],
    ['hate-mail', 8],
    ['threat-of-violence', 12],
    ['assault', 5],
    ['criminal-damage', 8],
  ],
  'domestic-abuse': [
    ['violence', 30],
    ['threat-of-violence', 25],
    ['assault', 20],
    ['verbal-abuse', 25],
  ],
};

export const HEADLINES: Record<string, readonly string[]> = {
  asb: ['Noise nuisance from a neighbouring flat', 'Anti-social behaviour in the stairwell', 'Parties and noise at night', 'Drug use and litter in communal areas', 'Dog nuisance and fouling', 'Youths gathering and damaging property'],
  harassment: ['Neighbour dispute with threats', 'Intimidation by a neighbour', 'Repeated abuse from a neighbour', 'Harassment after a parking dispute'],
  'hate-incident': ['Race hate incident: abuse from a neighbour', 'Homophobic abuse and graffiti', 'Disability hate incident', 'Religious hate incident on the estate', 'Transphobic abuse in the street'],
  'domestic-abuse': ['Domestic abuse reported by neighbours', 'Domestic abuse disclosed at a visit', 'Domestic abuse: police attended'],
};

/** Contact summaries by kind, from the office's side and from theirs. */
export const CONTACT_TEXT: Record<string, { out: readonly string[]; in: readonly string[] }> = {
  call: {
    out: ['Called to update them on the case and next steps.', 'Called to check on their welfare; no new incidents.', 'Phoned to arrange a home visit.', 'Called to explain the action plan.'],
    in: ['Called to report another incident last night.', 'Rang to ask what is happening with the case.', 'Called upset; says the noise has started again.'],
  },
  visit: {
    out: ['Home visit: took a full account and agreed an action plan.', 'Visited to discuss the allegations; denies them.', 'Joint visit with the police neighbourhood team.', 'Visited to deliver diary sheets and explain how to use them.'],
    in: ['Came to the office to hand in diary sheets.', 'Called in at the estate office to report an incident.'],
  },
  letter: {
    out: ['Letter sent confirming the action plan.', 'Letter sent about the reported behaviour and the tenancy conditions.', 'Letter sent with diary sheets and the out-of-hours number.', 'Case closure letter sent.'],
    in: ['Letter received describing further incidents.', 'Letter received from their MP asking for an update.'],
  },
  email: {
    out: ['E-mailed the police for the incident log.', 'E-mailed an update and a copy of the action plan.', 'E-mailed the local authority noise team.'],
    in: ['E-mail received with photos of the damage.', 'E-mail received with video recordings of the noise.'],
  },
  meeting: {
    out: ['Case review meeting with the police and the local authority.', 'Mediation meeting offered and arranged.'],
    in: ['Asked for a meeting with the manager.'],
  },
  text: {
    out: ['Text sent to confirm the appointment.', 'Text reminder about returning diary sheets.'],
    in: ['Text received: incident again this evening.', 'Text received to say things are quieter.'],
  },
};

export const NOTE_TEXT = [
  'Police crime reference noted on file.',
  'Diary sheets returned: entries on most evenings.',
  'Risk assessment reviewed; no change.',
  'Discussed at the monthly case review.',
  'Noise app recordings reviewed: music clearly audible at 1am.',
] as const;
