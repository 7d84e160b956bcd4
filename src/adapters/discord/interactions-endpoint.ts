import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RawFile } from 'discord.js';
import { MessageFlags, Routes, type REST, type RESTOptions } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import type { RequestOrigin } from '../../commands/subscriptions/request-origin.js';
import type { CommandReply } from '../../contracts/command-reply.js';
import type { Clock } from '../../contracts/clock.js';
import type { Logger } from '../../logging/logger.js';
import type { DiscordMessageBody } from '../../render/discord-embeds.js';
import type { CardsConfig } from '../../contracts/cards.js';
import { readBody } from '../http/read-body.js';
import { ReplayGuard } from '../http/replay-guard.js';
import { sharedReplays } from '../http/shared-replays.js';
import type { SeenRequestStore } from '../../contracts/stores.js';
import { answerAutocomplete } from './answer-autocomplete.js';
import { discordOrigin } from './discord-origin.js';
import { cardBodies, type BodyWithCards } from './card-attachments.js';
import { answerCommand } from './command-answer.js';
import { wantsPublic, type InteractionOption } from './interaction-options.js';
import { AUTOCOMPLETE, parseInteraction, type CommandInteraction } from './interaction-schema.js';
import { createDiscordRest } from './rest-client.js';
import { safeError } from './safe-error.js';
import { checkDiscordSignature, discordPublicKey } from './verify-signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';

export interface InteractionsHandlerOptions {
  /** DISCORD_PUBLIC_KEY: 64 hex characters. */
  publicKey: string;
  context: CommandContext;
  logger: Logger;
  /** The process's clock: request timestamps are checked against it. */
  clock: Clock;
  /** DISCORD_API_URL, where the follow-ups (webhook edits) go. Default https://discord.com/api. */
  apiUrl?: string;
  /** Overrides for @discordjs/rest (tests: `{ retries: 0 }`). */
  restOptions?: Partial<RESTOptions>;
  /** Quote cards with /quotes answers (commands.yaml `cards:`); without it answers are text only. */
  cards?: CardsConfig;
  /** Default 300: requests signed longer ago than this are refused as replays. */
  maxAgeSeconds?: number;
  /** Largest body accepted, default 1 MiB. */
  maxBodyBytes?: number;
  /** The requests instances on the same database have received, so none answers a replay. */
  seenRequests?: () => SeenRequestStore | undefined;
}

/** The request handler, plus `drain()` to wait for follow-ups still being sent (tests, shutdown). */
export type InteractionsHandler = ((req: IncomingMessage, res: ServerResponse) => void) & { drain(): Promise<void> };

/** POST /discord/interactions: Discord's HTTP interactions, verified with Ed25519 and answered like the gateway. */
export function createInteractionsHandler(options: InteractionsHandlerOptions): InteractionsHandler {
  const key = discordPublicKey(options.publicKey);
  const log = options.logger.child({ platform: 'discord', via: 'http' });
  const rest = createDiscordRest(options.apiUrl, undefined, options.restOptions);
  const maxAge = options.maxAgeSeconds ?? 300;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const pending = new Set<Promise<void>>();
  const replays = new ReplayGuard(maxAge, options.seenRequests ? sharedReplays('discord', options.seenRequests, log) : undefined);

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    guarded(res, () => {
      if (req.method !== 'POST') {
        send(res, 405, { error: 'use POST' }, { allow: 'POST' });
        req.resume();
        return;
      }
      receive(req, res);
    });
  };

  /** Nothing a request does may reach the process: an exception is logged and answered 500 if nothing was sent. */
  function guarded(res: ServerResponse, work: () => void): void {
    try {
      work();
    } catch (error) {
      log.error({ err: safeError(error) }, 'discord: interaction request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else if (!res.writableEnded) res.end();
    }
  }

  function receive(req: IncomingMessage, res: ServerResponse): void {
    const aborted = (error: Error): void => log.warn({ err: safeError(error) }, 'discord: interaction request aborted');
    readBody(req, maxBody, (rawBody) => guarded(res, () => {
      if (!rawBody) {
        send(res, 413, { error: 'body too large' });
        return;
      }
      const timestamp = header(req, 'x-signature-timestamp');
      const nowSeconds = Math.floor(options.clock.now().getTime() / 1000);
      const check = checkDiscordSignature(key, {
        signature: header(req, 'x-signature-ed25519'),
        timestamp,
        rawBody,
        nowSeconds,
        maxAgeSeconds: maxAge,
      });
      if (!check.ok) {
        log.warn({ reason: check.reason, remote: req.socket.remoteAddress }, 'discord: refused an interaction request');
        send(res, 401, { error: 'invalid request signature' });
        return;
      }
      void replays.firstSightAnywhere(timestamp!, rawBody, nowSeconds).then(
        (first) => guarded(res, () => {
          if (!first) {
            log.warn({ reason: 'replayed request', remote: req.socket.remoteAddress }, 'discord: refused an interaction request');
            send(res, 401, { error: 'request already received' });
            return;
          }
          parseAndRespond(rawBody, req, res);
        }),
        // Never taken (the check answers true when the database fails), but a rejection must not escape.
        (error: unknown) => guarded(res, () => {
          throw error;
        }),
      );
    }), aborted);
  }

  function parseAndRespond(rawBody: Buffer, req: IncomingMessage, res: ServerResponse): void {
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      log.warn({ remote: req.socket.remoteAddress }, 'discord: interaction body is not JSON');
      send(res, 400, { error: 'body is not JSON' });
      return;
    }
    respond(body, res);
  }

  function respond(body: unknown, res: ServerResponse): void {
    const parsed = parseInteraction(body);
    if (!parsed.ok) {
      log.warn({ problem: parsed.problem }, 'discord: refused a malformed interaction');
      send(res, 400, { error: `invalid interaction: ${parsed.problem}` });
      return;
    }
    if (parsed.kind === 'ping') {
      send(res, 200, { type: 1 });
      return;
    }
    if (parsed.kind === 'other') {
      log.info({ type: parsed.type }, 'discord: interaction type not handled');
      send(res, 400, { error: 'interaction type not supported' });
      return;
    }
    const interaction = parsed.interaction;
    const name = interaction.data.name;
    const interactionOptions = interaction.data.options ?? [];
    const origin = discordOrigin({ guildId: interaction.guild_id, channelId: interaction.channel_id, permissions: interaction.member?.permissions });
    if (interaction.type === AUTOCOMPLETE) {
      void answerAutocomplete(name, interactionOptions, options.context, origin, log).then(
        (choices) => send(res, 200, { type: 8, data: { choices } }),
        (error: unknown) => {
          log.error({ err: safeError(error) }, 'discord: autocomplete failed');
          if (!res.headersSent) send(res, 500, { error: 'internal error' });
        },
      );
      return;
    }
    const deferredPublic = wantsPublic(interactionOptions);
    // Deferred (type 5) at once; the answer follows through the interaction webhook, as on the gateway.
    send(res, 200, { type: 5, data: { flags: deferredPublic ? 0 : MessageFlags.Ephemeral } });
    const work = followUp(interaction, name, interactionOptions, deferredPublic, origin).catch((error: unknown) => {
      log.error({ err: safeError(error), interaction: interaction.id }, 'discord: could not send the interaction answer');
    });
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  async function followUp(interaction: CommandInteraction, name: string, interactionOptions: InteractionOption[], deferredPublic: boolean, origin: RequestOrigin | undefined) {
    const userId = interaction.member?.user?.id ?? interaction.user?.id;
    const answer = await answerCommand(
      { commandName: name, options: interactionOptions, interactionId: interaction.id, origin, ...(userId ? { userId } : {}) },
      options.context,
      log,
    );
    const app = interaction.application_id;
    const token = interaction.token;
    const [first, ...rest2] = answer.bodies;
    if (answer.ephemeral && deferredPublic) {
      await rest.delete(Routes.webhookMessage(app, token, '@original'), { auth: false });
      for (const body of answer.bodies) await postFollowUp(rest, app, token, body, true);
      return;
    }
    const channel = interaction.channel_id;
    const withCards = await drawCards(answer.reply, answer.bodies, name, channel);
    const [firstCards, ...restCards] = withCards ?? [];
    await withTextFallback(
      firstCards && firstCards.files.length > 0
        ? () => rest.patch(Routes.webhookMessage(app, token, '@original'), { body: firstCards.body, files: firstCards.files, auth: false })
        : undefined,
      () => rest.patch(Routes.webhookMessage(app, token, '@original'), { body: first, auth: false }),
    );
    for (const [i, body] of rest2.entries()) {
      const carded = restCards[i];
      await withTextFallback(
        carded && carded.files.length > 0 ? () => postFollowUp(rest, app, token, carded.body, answer.ephemeral, carded.files) : undefined,
        () => postFollowUp(rest, app, token, body, answer.ephemeral),
      );
    }
  }

  async function drawCards(reply: CommandReply, bodies: DiscordMessageBody[], command: string, channel: string | undefined): Promise<BodyWithCards[] | undefined> {
    try {
      return await cardBodies(reply, bodies, options.cards, command, channel);
    } catch (error) {
      log.warn({ err: safeError(error) }, 'discord: could not draw quote cards; answering with text only');
      return undefined;
    }
  }

  /** Sends with the cards; when that fails (upload too large, Discord refuses the files) sends the text alone. */
  async function withTextFallback(withFiles: (() => Promise<unknown>) | undefined, textOnly: () => Promise<unknown>): Promise<void> {
    if (withFiles) {
      try {
        await withFiles();
        return;
      } catch (error) {
        log.warn({ err: safeError(error) }, 'discord: could not send the quote cards; sending the text alone');
      }
    }
    await textOnly();
  }

  return Object.assign(handler, {
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  });
}

async function postFollowUp(rest: REST, app: string, token: string, body: DiscordMessageBody, ephemeral: boolean, files?: RawFile[]) {
  const payload = ephemeral ? { ...body, flags: MessageFlags.Ephemeral } : body;
  await rest.post(Routes.webhook(app, token), { body: payload, auth: false, query: new URLSearchParams({ wait: 'true' }), ...(files ? { files } : {}) });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
