import { expect, type Page } from '@playwright/test';
import { londonInput } from './helpers';

/** The report form (Report an incident) filled as an officer fills it: shared by the specs that report a case through the screen. */
const ADDRESS = { address: '14 Elm Court', estate: 'Elm Estate', postcode: 'ip1 2ab' };

/** Fills the parts of the report form every test needs: how, when, partner, kind, place and what happened. */
export async function fillReport(page: Page, description: string): Promise<void> {
  await page.getByRole('group', { name: 'How was it reported?' }).getByLabel('Phone').check();
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Circle 33 Housing Trust (C33)' });
  await page.getByRole('group', { name: 'What kind of case is it?' }).getByLabel('Hate incident or hate crime').check();
  await page.getByLabel('Address or place').fill(ADDRESS.address);
  await page.getByLabel('Estate').fill(ADDRESS.estate);
  await page.getByLabel('Postcode').fill(ADDRESS.postcode);
  await page.getByLabel('When did it happen?').fill(londonInput(90));
  await page.getByLabel('Describe what happened').fill(description);
}

/** Adds a person with the form's button ("Add a complainant"…) and names them; the new group's name field takes the focus. */
export async function addPerson(page: Page, button: string, index: number, name: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const person = page.getByRole('group', { name: new RegExp(`^Person ${index}\\b`) });
  await expect(person.getByLabel('Name', { exact: true })).toBeFocused();
  await person.getByLabel('Name', { exact: true }).fill(name);
}
