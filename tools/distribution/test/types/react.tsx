// React 19 with the plain tags: properties and typed event handlers from the manifest.
import type {} from '@auta/elements/jsx-react';
import type { AltChannel } from '@auta/alt-channel';

declare const channels: AltChannel[];

export const Page = () => (
  <main>
    <auta-alt-channel-notice errand="Hae asumistukea" channels={channels} heading-level={2} />
    {/* @ts-expect-error a misspelt property */}
    <auta-alt-channel-notice errand="Hae asumistukea" chanels={channels} />
    {/* @ts-expect-error a property of the wrong type */}
    <auta-provider-finder pageSize="many" />
    <auta-on-behalf-entry
      name="acting-as"
      onauta-on-behalf-change={(event) => {
        const actingAs: string = event.detail.actingAs;
        // @ts-expect-error a wrong detail field in a handler
        return actingAs + event.detail.actingFor;
      }}
    />
    <auta-provider-finder
      providers={[]}
      onauta-search={(event) => {
        // @ts-expect-error a wrong detail field in a handler
        void event.detail.queryText;
      }}
    />
  </main>
);
