/**
 * DATABASE_URL as it may be shown in logs, errors and /healthz: scheme, user, host, port and database, never the
 * password or the query string (which may carry one, e.g. `?password=` or an sslkey path).
 */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL (unparsable)';
  }
}
