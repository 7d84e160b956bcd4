/**
 * What of an error may be logged. @discordjs/rest errors carry the request URL and body, and webhook URLs
 * hold the interaction token, so only the name, message, code and status go to the log.
 */
export function safeError(error: unknown): { type: string; message: string; code?: string | number; status?: number; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const e = error as Error & { code?: unknown; status?: unknown };
  const out: { type: string; message: string; code?: string | number; status?: number; stack?: string } = {
    type: e.name,
    message: e.message.replace(/\/webhooks\/\d+\/[\w.-]+/g, '/webhooks/…'),
  };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  // Stacks only for our own bugs, where they matter; library errors are described by the fields above.
  if (!('requestBody' in e) && e.stack) out.stack = e.stack;
  return out;
}
