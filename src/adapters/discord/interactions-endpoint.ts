import type { IncomingMessage, ServerResponse } from 'node:http';
import { MessageFlags, Routes, type REST, type RESTOptions } from 'discord.js';
import type { CommandContext } from '../../commands/dispatch.js';
import { findCommand } from '../../commands/table.js';
import type { Logger } from '../../logging/logger.js';
import type { DiscordMessageBody } from '../../render/discord-embeds.js';
import { autocompleteChoices } from './autocomplete.js';
import { answerCommand } from './command-answer.js';
import { wantsPublic, type InteractionOption } from './interaction-options.js';
import { createDiscordRest } from './rest-client.js';
import { safeError } from './safe-error.js';
import { checkDiscordSignature, discordPublicKey } from './verify-signature.js';

export const INTERACTIONS_PATH = '/discord/interactions';

export interface InteractionsHandlerOptions {
  /** DISCORD_PUBLIC_KEY: 64 hex characters. */
  publicKey: string;
  context: CommandContext;
  logger: Logger;
  /** DISCORD_API_URL, where the follow-ups (webhook edits) go. Default https://discord.com/api. */
  apiUrl?: string;
  /** Overrides for @discordjs/rest (tests: `{ retries: 0 }`). */
  restOptions?: Partial<RESTOptions>;
  /** Default 300: requests signed longer ago than this are refused as replays. */
  maxAgeSeconds?: number;
  /** Largest body accepted, default 1 MiB. */
  maxBodyBytes?: number;
}

/** The request handler, plus `drain()` to wait for follow-ups still being sent (tests, shutdown). */
export type InteractionsHandler = ((req: IncomingMessage, res: ServerResponse) => void) & { drain(): Promise<void> };

interface RawInteraction {
  type: number;
  id: string;
  token: string;
  application_id: string;
  data?: { name?: string; options?: InteractionOption[] };
  member?: { user?: { id?: string } };
  user?: { id?: string };
}

const PING = 1;
const APPLICATION_COMMAND = 2;
const AUTOCOMPLETE = 4;

/** POST /discord/interactions: Discord's HTTP interactions, verified with Ed25519 and answered like the gateway. */
export function createInteractionsHandler(options: InteractionsHandlerOptions): InteractionsHandler {
  const key = discordPublicKey(options.publicKey);
  const log = options.logger.child({ platform: 'discord', via: 'http' });
  const rest = createDiscordRest(options.apiUrl, undefined, options.restOptions);
  const maxAge = options.maxAgeSeconds ?? 300;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const pending = new Set<Promise<void>>();

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'POST') {
      send(res, 405, { error: 'use POST' }, { allow: 'POST' });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('error', (error) => log.warn({ err: safeError(error) }, 'discord: interaction request aborted'));
    req.on('end', () => {
      if (tooLarge) {
        send(res, 413, { error: 'body too large' });
        return;
      }
      const rawBody = Buffer.concat(chunks);
      const check = checkDiscordSignature(key, {
        signature: header(req, 'x-signature-ed25519'),
        timestamp: header(req, 'x-signature-timestamp'),
        rawBody,
        nowSeconds: Math.floor(Date.now() / 1000),
        maxAgeSeconds: maxAge,
      });
      if (!check.ok) {
        log.warn({ reason: check.reason, remote: req.socket.remoteAddress }, 'discord: refused an interaction request');
        send(res, 401, { error: 'invalid request signature' });
        return;
      }
      let interaction: RawInteraction;
      try {
        interaction = JSON.parse(rawBody.toString('utf8')) as RawInteraction;
      } catch {
        send(res, 400, { error: 'body is not JSON' });
        return;
      }
      respond(interaction, res);
    });
  };

  function respond(interaction: RawInteraction, res: ServerResponse): void {
    if (interaction.type === PING) {
      send(res, 200, { type: 1 });
      return;
    }
    const name = interaction.data?.name ?? '';
    const interactionOptions = interaction.data?.options ?? [];
    if (interaction.type === AUTOCOMPLETE) {
      const def = findCommand(options.context.table, name);
      const choices = def ? autocompleteChoices(def, interactionOptions, options.context.library) : [];
      send(res, 200, { type: 8, data: { choices } });
      return;
    }
    if (interaction.type !== APPLICATION_COMMAND) {
      log.info({ type: interaction.type }, 'discord: interaction type not handled');
      send(res, 400, { error: 'interaction type not supported' });
      return;
    }
    const deferredPublic = wantsPublic(interactionOptions);
    // Deferred (type 5) at once; the answer follows through the interaction webhook, as on the gateway.
    send(res, 200, { type: 5, data: { flags: deferredPublic ? 0 : MessageFlags.Ephemeral } });
    const work = followUp(interaction, name, interactionOptions, deferredPublic).catch((error: unknown) => {
      log.error({ err: safeError(error), interaction: interaction.id }, 'discord: could not send the interaction answer');
    });
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  async function followUp(interaction: RawInteraction, name: string, interactionOptions: InteractionOption[], deferredPublic: boolean) {
    const userId = interaction.member?.user?.id ?? interaction.user?.id;
    const answer = await answerCommand(
      { commandName: name, options: interactionOptions, interactionId: interaction.id, ...(userId ? { userId } : {}) },
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
    await rest.patch(Routes.webhookMessage(app, token, '@original'), { body: first, auth: false });
    for (const body of rest2) await postFollowUp(rest, app, token, body, answer.ephemeral);
  }

  return Object.assign(handler, {
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  });
}

async function postFollowUp(rest: REST, app: string, token: string, body: DiscordMessageBody, ephemeral: boolean) {
  const payload = ephemeral ? { ...body, flags: MessageFlags.Ephemeral } : body;
  await rest.post(Routes.webhook(app, token), { body: payload, auth: false, query: new URLSearchParams({ wait: 'true' }) });
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
