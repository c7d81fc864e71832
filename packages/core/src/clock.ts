import type { ReactiveControllerHost } from 'lit';

/*
 * One clock for the page. "Open now" and "closes at 16" change with the time, so an element
 * that shows them renders again at each minute boundary. Every such element on the page
 * shares one timer, which runs only while one of them is connected: with none left, the
 * next tick does not set another. A page back from the background (where browsers slow
 * timers down) catches up at the next boundary, within a minute.
 */
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick(): void {
  // A moment past the boundary, so that the minute then read is the new one.
  timer = hosts.size ? setTimeout(tick, 60_050 - (Date.now() % 60_000)) : undefined;
  hosts.forEach((host) => host.requestUpdate());
}

/**
 * Renders `host` again at each minute boundary while it is connected, from the page's one
 * shared timer: for the elements that show opening hours as of now. Call it in the
 * constructor.
 */
export function minuteClock(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected: () => {
      hosts.add(host);
      timer ??= setTimeout(tick);
    },
    hostDisconnected: () => hosts.delete(host),
  });
}
