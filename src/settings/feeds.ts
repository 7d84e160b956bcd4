import { isIP } from 'node:net';
import { z } from 'zod';

const MB = 1024 * 1024;

const addressOrRange = z.string().refine((entry) => {
  const [address = '', prefix] = entry.split('/');
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  const n = Number(prefix);
  return Number.isInteger(n) && n >= 0 && n <= (family === 4 ? 32 : 128);
}, 'must be an IP address or CIDR range such as "127.0.0.1" or "10.20.0.0/16"');

const feedUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');

export const feedSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,23}$/, 'must be 1–24 lower-case letters, digits or "-" (it starts every article id)'),
    url: feedUrl,
    /** Shown as the source's outlet when the feed and page do not name one. */
    publisher: z.string().min(1).optional(),
    pollMinutes: z.number().int().min(1, 'must be at least 1 minute').max(24 * 60).optional(),
    /** Fetch each item's page and read the article from it (falls back to the feed's content). */
    readPages: z.boolean().default(true),
  })
  .strict();

export const fetchSchema = z
  .object({
    /** E-mail or URL put in the User-Agent so site owners can reach whoever runs the bot. */
    contact: z.string().min(3).optional(),
    /** Deadline for one fetch of a link: every redirect hop, each robots.txt, connecting and the body. */
    timeoutSeconds: z.number().positive().max(300).default(20),
    connectTimeoutSeconds: z.number().positive().max(60).default(5),
    maxBytes: z.number().int().min(1024).max(50 * MB).default(5 * MB),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    perHostConcurrency: z.number().int().min(1).max(16).default(2),
    robots: z.boolean().default(true),
    /** Private addresses that may be fetched anyway (an intranet feed); empty = public addresses only. */
    allowAddresses: z.array(addressOrRange).default([]),
    /** Time one feed poll may spend; past it no further item page is fetched, and the rest wait for the next poll. */
    pollBudgetSeconds: z.number().positive().max(3600).default(120),
  })
  .strict();

export const feedsSchema = z
  .object({
    fetch: fetchSchema.prefault({}),
    defaultPollMinutes: z.number().int().min(1).max(24 * 60).default(15),
    /** Article text is kept this long, then dropped (the id stays so the item is not read again). */
    retentionDays: z.number().int().min(1).max(3650).default(30),
    /** Articles further apart than this are never the same story. */
    storyWindowHours: z.number().min(1).max(24 * 14).default(36),
    urlBriefing: z
      .object({
        enabled: z.boolean().default(true),
        perUserPerHour: z.number().int().min(1).max(1000).default(10),
      })
      .strict()
      .prefault({}),
    feeds: z.array(feedSchema).default([]),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.feeds.forEach((feed, index) => {
      if (seen.has(feed.id)) ctx.addIssue({ code: 'custom', path: ['feeds', index, 'id'], message: `duplicate feed id "${feed.id}"` });
      seen.add(feed.id);
    });
  });

export type FeedsConfig = z.infer<typeof feedsSchema>;
export type FeedConfig = FeedsConfig['feeds'][number];
export type FetchConfig = FeedsConfig['fetch'];
