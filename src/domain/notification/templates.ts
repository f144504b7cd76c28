/** The moments a customer hears about their parcel. */
export const NOTIFICATION_KINDS = [
  'shipped',
  'delayed',
  'out_for_delivery',
  'delivered',
  'exception',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['sms', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The languages a customer can receive messages in (the app's languages). */
export const CUSTOMER_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type CustomerLocale = (typeof CUSTOMER_LOCALES)[number];

/** What a template may name, written {orderNumber} and so on in its text. */
export const PLACEHOLDERS = [
  'customerName',
  'orderNumber',
  'carrier',
  'waybill',
  'eta',
  'trackingLink',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** One message in one language: an SMS text, and an e-mail subject and body. */
export interface TemplateText {
  sms: string;
  emailSubject: string;
  emailBody: string;
}

/** Carriers split SMS longer than this into several paid messages; a template must fit in one. */
export const SMS_MAX_CHARS = 200;
export const SUBJECT_MAX_CHARS = 120;
export const EMAIL_BODY_MAX_CHARS = 4000;

const PLACEHOLDER = /\{(\w+)\}/g;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholder(name: string): name is Placeholder {
  return KNOWN.has(name);
}

/** Every {name} in the text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Fills every known placeholder; an unknown one is left as written so the preview shows it. */
export function renderTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    isPlaceholder(name) ? values[name] : whole,
  );
}

export type TemplateProblem =
  | { field: keyof TemplateText; code: 'empty' }
  | { field: keyof TemplateText; code: 'too_long'; max: number }
  | { field: keyof TemplateText; code: 'unknown_placeholder'; name: string }
  | { field: 'sms'; code: 'missing_tracking_link' };

const LIMITS: Record<keyof TemplateText, number> = {
  sms: SMS_MAX_CHARS,
  emailSubject: SUBJECT_MAX_CHARS,
  emailBody: EMAIL_BODY_MAX_CHARS,
};

/**
 * What keeps a template from being saved: an empty or over-long part, a placeholder the system
 * cannot fill, or an SMS without the tracking link (the one thing a customer can act on).
 * Lengths count the text as written, placeholders included.
 */
export function templateProblems(template: TemplateText): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const field of ['sms', 'emailSubject', 'emailBody'] as const) {
    const text = template[field];
    if (text.trim() === '') {
      problems.push({ field, code: 'empty' });
      continue;
    }
    if (text.length > LIMITS[field]) problems.push({ field, code: 'too_long', max: LIMITS[field] });
    for (const name of placeholdersIn(text))
      if (!isPlaceholder(name)) problems.push({ field, code: 'unknown_placeholder', name });
  }
  if (template.sms.trim() !== '' && !placeholdersIn(template.sms).includes('trackingLink'))
    problems.push({ field: 'sms', code: 'missing_tracking_link' });
  return problems;
}

/** An SMS goes to the phone; an e-mail only to a customer who gave an address. */
export function channelsFor(customer: { email: string | null }): NotificationChannel[] {
  return customer.email ? ['sms', 'email'] : ['sms'];
}
