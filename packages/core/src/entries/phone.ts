// @auta/core/phone.js: a Finnish phone number grouped as Finns write it, with its kind
// (mobile, landline, service, free, premium, foreign) and the `tel:` form.
export { formatPhone, type FormattedPhone, type PhoneNumberKind } from '../phone.js';
