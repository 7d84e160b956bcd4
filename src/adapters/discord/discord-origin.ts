import type { RequestOrigin } from '../../commands/subscriptions/request-origin.js';

/** Discord's permission bits (https://discord.com/developers/docs/topics/permissions). */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_CHANNELS = 1n << 4n;

export const DISCORD_MANAGERS = 'Members with the Manage Channels permission in this channel can manage its subscriptions.';

/**
 * Where an interaction came from. `permissions` is the member's computed permissions in this channel, as the
 * interaction carries it (overwrites applied): checked on every use, whatever the command's default permissions say.
 */
export function discordOrigin(input: { guildId?: string | null | undefined; channelId?: string | null | undefined; permissions?: string | bigint | null | undefined }): RequestOrigin | undefined {
  if (!input.channelId) return undefined;
  const bits = toBits(input.permissions);
  return {
    channel: { platform: 'discord', channelId: input.channelId },
    scope: input.guildId ?? `dm:${input.channelId}`,
    direct: !input.guildId,
    mayManage: async () => (bits !== undefined && (bits & (MANAGE_CHANNELS | ADMINISTRATOR)) !== 0n ? { allowed: true } : { allowed: false, who: DISCORD_MANAGERS }),
  };
}

function toBits(permissions: string | bigint | null | undefined): bigint | undefined {
  if (typeof permissions === 'bigint') return permissions;
  if (typeof permissions === 'string' && /^\d{1,40}$/.test(permissions)) return BigInt(permissions);
  return undefined;
}
