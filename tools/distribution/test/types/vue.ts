// Vue: GlobalComponents entries, as vue-tsc reads them for templates.
import type { GlobalComponents } from 'vue';
import type {} from '@auta/elements/vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
type Emit<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$emit'];

export const notice: Props<'auta-alt-channel-notice'> = { errand: 'Hae asumistukea', headingLevel: 2 };
// @ts-expect-error a misspelt property
export const misspelt: Props<'auta-alt-channel-notice'> = { erand: 'Hae asumistukea' };
// @ts-expect-error a property of the wrong type
export const wrongType: Props<'auta-provider-finder'> = { pageSize: 'many' };

declare const emit: Emit<'auta-on-behalf-entry'>;
emit('auta-on-behalf-change', new CustomEvent('auta-on-behalf-change', { detail: { actingAs: 'self' } }));
// @ts-expect-error a wrong event name
emit('auta-on-behalf-chnage', new CustomEvent('x'));
