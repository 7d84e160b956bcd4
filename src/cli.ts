import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './cli/usage-error.js';
import { ConfigError } from './contracts/config-error.js';
import { InputError } from './sources/input-error.js';

/**
 * One entry per subcommand: "build", "slack manifest", … Each lives in src/cli/<name>.ts and exports
 * `run(args: string[]): Promise<number>` (the exit code). Loaded lazily so `newsbrief build` never loads Slack.
 */
const SUBCOMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  start: { summary: 'serve when a platform is configured, else the shell on the bundled story', load: () => import('./cli/start.js') },
  build: { summary: 'build <story-folder|files…|url> [--format json|md|text] [--points 3-7]', load: () => import('./cli/build.js') },
  quotes: { summary: 'quotes <story-folder> [--speaker NAME] [--format json|md|text]', load: () => import('./cli/quotes.js') },
  card: { summary: 'card <story-folder|files…> [--speaker NAME] [--size landscape|square] --out DIR: quote cards as PNG', load: () => import('./cli/card.js') },
  shell: { summary: 'shell [story-folder]: type slash commands, see what the bots would post', load: () => import('./cli/shell.js') },
  preview: { summary: 'preview [--port N]: the briefings as Slack and Discord would draw them, on 127.0.0.1', load: () => import('./cli/preview.js') },
  serve: { summary: 'serve: run the configured bots, the scheduler and /healthz until SIGTERM', load: () => import('./cli/serve.js') },
  'schedule list': { summary: 'schedule list [--now ISO] [--count N]: each schedule and its next runs', load: () => import('./cli/schedule-list.js') },
  'discord register': { summary: 'discord register [--guild ID] [--clear]: register the slash commands with Discord', load: () => import('./cli/discord-register.js') },
  'slack manifest': { summary: 'slack manifest [--socket|--url https://…]: print the Slack app manifest (YAML)', load: () => import('./cli/slack-manifest.js') },
};

function usage(): string {
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  newsbrief ${name.padEnd(18)} ${s.summary}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  // .env is read here, once; nothing reads process.env after start-up except the settings loader.
  const envFile = resolve(process.cwd(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);

  const [first, second, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(usage());
    return first ? 0 : 2;
  }
  const two = second ? `${first} ${second}` : undefined;
  const entry = (two && SUBCOMMANDS[two]) || SUBCOMMANDS[first];
  if (!entry) {
    process.stderr.write(`newsbrief: unknown command "${first}".\n${usage()}`);
    return 2;
  }
  const args = two && SUBCOMMANDS[two] ? rest : argv.slice(1);
  const module = await entry.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError) {
      process.stderr.write(`newsbrief: ${error.message}\n`);
      process.exitCode = error instanceof UsageError ? 2 : 1;
      return;
    }
    process.stderr.write(`newsbrief: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
