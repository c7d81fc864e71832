import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for result counts and status messages. The host renders
 * `announcer.region()` once, from its first render on (a live region must exist
 * before its text changes, or screen readers miss it), in the same shadow root as the
 * content it speaks of.
 *
 * `announce(text, delay)` waits until `delay` ms pass without a newer call, so that
 * typing announces the count once per pause rather than once per keystroke.
 */
export class AnnouncerController implements ReactiveController {
  /** The text now in the region. */
  message = '';
  /** How many messages were put in the region; for tests and debugging. */
  count = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string, delay = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.put(text), delay);
  }

  /** Drops a pending announcement. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private put(text: string): void {
    if (text === this.message) {
      // The same words again: empty the region first, or nothing changes to be read.
      this.message = '';
      this.host.requestUpdate();
      this.timer = setTimeout(() => this.put(text), 100);
      return;
    }
    this.message = text;
    this.count += 1;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
