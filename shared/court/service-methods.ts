/**
 * How a document was served, in the words a certificate of service (N215) uses, and what the certificate
 * must say for each (issue 15). Pure words: the renderer shows them; the deemed date is worked out on the
 * main side (shared/standards/deemed-service.ts needs the bank holiday tables).
 */
export const SERVICE_METHODS = ['first-class-post', 'document-exchange', 'delivered', 'personal', 'email'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

export const SERVICE_METHOD_WORDS: Record<ServiceMethod, string> = {
  'first-class-post': 'First class post (or another service which provides for delivery on the next business day)',
  'document-exchange': 'Document exchange',
  delivered: 'Delivering the document to or leaving it at a permitted address',
  personal: 'Personal service (handing it to the person)',
  email: 'E-mail, the person having said in writing that they accept service by e-mail (PD 6A para 4.1)',
};

/** What the "step" is called on the certificate: the day it was posted, delivered, handed over or sent. */
export const SERVICE_STEP_WORDS: Record<ServiceMethod, string> = {
  'first-class-post': 'posted',
  'document-exchange': 'left with the document exchange',
  delivered: 'delivered or left',
  personal: 'handed to the person served',
  email: 'sent',
};

/** Where it was served, as the certificate asks: an address, a DX number, or an e-mail address. */
export const SERVICE_PLACE_WORDS: Record<ServiceMethod, string> = {
  'first-class-post': 'The address it was posted to',
  'document-exchange': 'The DX number and exchange',
  delivered: 'The address where it was delivered or left',
  personal: 'Where it was handed over',
  email: 'The e-mail address it was sent to',
};

/** Methods whose deemed date depends on the time of day (CPR 6.26: before 4.30pm on a business day). */
export const TIMED_METHODS: readonly ServiceMethod[] = ['delivered', 'personal', 'email'];
