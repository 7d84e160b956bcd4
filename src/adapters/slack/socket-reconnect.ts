import type { SocketModeReceiver } from '@slack/bolt';

type SocketModeClient = SocketModeReceiver['client'];

/**
 * The Socket Mode client reconnects by calling its own `start()` again, from a timer, without catching what it
 * returns. When that attempt fails for good (Slack refuses the app token, or apps.connections.open still fails
 * after all its retries) the rejection reaches nobody and the client never tries again: the bot would receive
 * nothing while it still looked "connecting". This routes such a failure to `onFailure` instead.
 *
 * The first `start()` (the one `app.start()` makes) is left alone: its failure already stops start-up with a
 * clear message. Call `started()` once that has succeeded.
 */
export function catchFailedReconnects(client: SocketModeClient, onFailure: (error: unknown) => void): { started(): void } {
  let started = false;
  const start = client.start.bind(client);
  client.start = () => {
    const attempt = start();
    if (!started) return attempt;
    // Nobody awaits a reconnect's promise; resolving it after reporting keeps the rejection from going unheard.
    return attempt.catch((error: unknown) => {
      onFailure(error);
      return undefined as unknown as Awaited<typeof attempt>;
    });
  };
  return {
    started: () => {
      started = true;
    },
  };
}
