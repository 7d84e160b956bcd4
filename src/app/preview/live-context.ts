import { loadLibrary } from '../../app/library-loader.js';
import type { CommandContext } from '../../commands/dispatch.js';
import { buildCommandTable } from '../../commands/table.js';
import type { Logger } from '../../logging/logger.js';
import { ConfigError } from '../../contracts/config-error.js';
import type { Settings } from '../../settings/load.js';
import { folderSignature } from './folder-signature.js';

export type ContextResult = { ok: true; context: CommandContext } | { ok: false; error: string };

export interface LiveContextOptions {
  /** Where to look for changes; loadSettings() answers the same folders on every call. */
  configDir: string;
  briefingsDir: string;
  /** Reads config/ again (throws ConfigError on a broken file). */
  loadSettings: () => Readonly<Settings>;
  logger: Logger;
}

/**
 * The command context the preview answers from, rebuilt whenever something under briefings/ or config/ changed
 * since the last request, so edits show on the next reload without a restart. A broken config is reported
 * on the page and retried on the next request; the server keeps running.
 */
export function liveContext(options: LiveContextOptions): () => Promise<ContextResult> {
  let signature: string | undefined;
  let current: Promise<ContextResult> | undefined;
  return () => {
    // Story folders hold article files one level down; config/ is flat.
    const now = `${folderSignature(options.briefingsDir, 2)}\n--\n${folderSignature(options.configDir, 1)}`;
    if (current && now === signature) return current;
    signature = now;
    const loading = load(options);
    // Something unexpected (not a config error) is retried on the next request rather than remembered.
    loading.catch(() => {
      if (current === loading) signature = undefined;
    });
    current = loading;
    return loading;
  };
}

async function load(options: LiveContextOptions): Promise<ContextResult> {
  let settings: Readonly<Settings>;
  try {
    settings = options.loadSettings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    options.logger.warn({ reason: error.message }, 'preview: config is invalid');
    return { ok: false, error: error.message };
  }
  const library = await loadLibrary(settings, options.logger);
  return { ok: true, context: { table: buildCommandTable(settings.commands), library } };
}
