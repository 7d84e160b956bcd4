/** One robots.txt, reduced to the rules for our user agent (RFC 9309: longest match wins, Allow wins ties). */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

interface Cached {
  rules: RobotsRules;
  expires: number;
}

const ONE_HOUR = 60 * 60 * 1000;

/** robots.txt per origin, kept an hour so a feed polled every few minutes does not re-fetch it each time. */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly ttlMs = ONE_HOUR) {}

  /** `now` comes from the fetch's clock: the cache expires on the same time as everything else. */
  async rulesFor(origin: string, load: () => Promise<RobotsRules>, now: Date): Promise<RobotsRules> {
    const at = now.getTime();
    const cached = this.byOrigin.get(origin);
    if (cached && cached.expires > at) return cached.rules;
    const inFlight = this.pending.get(origin);
    if (inFlight) return inFlight;
    const loading = load()
      .then((rules) => {
        this.byOrigin.set(origin, { rules, expires: at + this.ttlMs });
        return rules;
      })
      .finally(() => this.pending.delete(origin));
    this.pending.set(origin, loading);
    return loading;
  }
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [] };
export const DISALLOW_ALL: RobotsRules = { allow: [], disallow: ['/'] };

/** The group naming our product token wins over "*"; several groups for the same agent are merged. */
export function parseRobotsTxt(text: string, product: string): RobotsRules {
  const token = product.toLowerCase();
  const groups: Array<{ agents: string[]; rules: RobotsRules }> = [];
  let current: { agents: string[]; rules: RobotsRules } | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n|\r/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    else if (key === 'disallow' && value) current.rules.disallow.push(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
  };
}

function patternMatchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = new RegExp(
    `^${body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}${anchored ? '$' : ''}`,
  );
  return regex.test(path) ? body.length : -1;
}

/** Path plus query, as robots.txt rules see it. */
export function isAllowedByRobots(rules: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  for (const rule of rules.disallow) {
    const length = patternMatchLength(rule, pathAndQuery);
    if (length > best) {
      best = length;
      allowed = false;
    }
  }
  for (const rule of rules.allow) {
    const length = patternMatchLength(rule, pathAndQuery);
    if (length >= best && length >= 0) {
      best = length;
      allowed = true;
    }
  }
  return allowed;
}
