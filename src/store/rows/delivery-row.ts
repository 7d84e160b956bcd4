import type { DeliveryRow, DeliveryStatus } from '../../contracts/stores.js';

/** A row of `deliveries` as both stores read it (`late` is an INTEGER 0/1 in both). */
export interface RawDeliveryRow {
  schedule_id: string;
  slot: string;
  item: string;
  status: DeliveryStatus;
  story: string | null;
  platform: string | null;
  channel: string | null;
  owner: string | null;
  lease_until: string | null;
  attempts: number;
  late: number;
  message_id: string | null;
  error: string | null;
  content_hash: string | null;
  claimed_at: string | null;
  updated_at: string;
}

export function toDeliveryRow(raw: RawDeliveryRow): DeliveryRow {
  return {
    scheduleId: raw.schedule_id,
    slot: raw.slot,
    item: raw.item,
    status: raw.status,
    story: raw.story,
    platform: raw.platform,
    channel: raw.channel,
    owner: raw.owner,
    leaseUntil: raw.lease_until,
    attempts: raw.attempts,
    late: raw.late === 1,
    messageId: raw.message_id,
    error: raw.error,
    contentHash: raw.content_hash,
    claimedAt: raw.claimed_at,
    updatedAt: raw.updated_at,
  };
}
