import { lookup as dnsLookup } from 'node:dns/promises';
import type { BlockList } from 'node:net';
import type { Clock } from '../../contracts/clock.js';
import type { Logger } from '../../logging/logger.js';
import { buildAllowList } from './address-guard.js';
import { HostLimiter } from './host-limiter.js';
import { RobotsCache } from './robots-txt.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses. Injectable so tests can map a name to a private address. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** The process's clock (created by the wiring): robots.txt expiry and Retry-After dates are measured on it. */
  clock: Pick<Clock, 'now'>;
  /** Contact for the User-Agent (an e-mail or URL), so site owners can reach whoever runs the bot. */
  contact?: string;
  /**
   * Deadline for one fetch of a link, all of it: DNS, every redirect hop, each robots.txt lookup, connecting and
   * reading the body. Default 20 s.
   */
  timeoutMs?: number;
  /** TCP (and TLS) connect bound. Default 5 s. */
  connectTimeoutMs?: number;
  /** Body size cap in bytes, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Addresses or CIDR ranges that may be reached although private ("127.0.0.1", "10.1.0.0/16"). */
  allowAddresses?: readonly string[];
  /** Honour robots.txt. Default true. */
  robots?: boolean;
  /** Parallel requests per host. Default 2. */
  perHostConcurrency?: number;
  resolver?: Resolver;
  logger?: Logger;
  /** Called just before a socket is opened, with the pinned address: observability (and the guard tests). */
  onConnect?: (info: { url: string; host: string; address: string; port: number }) => void;
  /** Shared state; created once by `prepareFetchOptions` so robots and host limits apply across calls. */
  shared?: FetchShared;
}

export interface FetchShared {
  allow: BlockList;
  robots: RobotsCache;
  limiter: HostLimiter;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_PER_HOST = 2;
export const PRODUCT = 'newsbrief/0.1';

export function userAgent(options: FetchOptions): string {
  return `${PRODUCT} (news-briefing bot${options.contact ? `; +${options.contact}` : ''})`;
}

export const systemResolver: Resolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((f) => ({ address: f.address, family: f.family === 6 ? 6 : 4 }));
};

/** Fills in the shared parts (allow list, robots cache, per-host limiter) once; call it at start and reuse the result. */
export function prepareFetchOptions(options: FetchOptions): FetchOptions & { shared: FetchShared } {
  if (options.shared) return options as FetchOptions & { shared: FetchShared };
  return {
    ...options,
    shared: {
      allow: buildAllowList(options.allowAddresses ?? []),
      robots: new RobotsCache(),
      limiter: new HostLimiter(options.perHostConcurrency ?? DEFAULT_PER_HOST),
    },
  };
}
