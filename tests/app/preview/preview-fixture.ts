import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/logging/logger.js';
import { liveContext } from '../../../src/app/preview/live-context.js';
import { startPreviewServer, type RunningPreview } from '../../../src/app/preview/preview-server.js';
import { loadSettings } from '../../../src/settings/load.js';

/** A small story written for these tests: two outlets on one (invented) council vote. */
export const FERRY_STORY = {
  'story.yaml': [
    'title: Island council votes to keep the night ferry',
    'articles:',
    '  gazette.txt:',
    '    publisher: Island Gazette',
    '    url: https://gazette.example/ferry',
    '    published: 2024-05-02',
    '  harbour-news.txt:',
    '    publisher: Harbour News',
    '    published: 2024-05-02',
    '',
  ].join('\n'),
  'gazette.txt': [
    'Island council votes to keep the night ferry',
    'The island council voted on Tuesday to keep the night ferry running for another three years.',
    'The decision costs the council 2.4 million euros a year, according to the budget office.',
    '“We cannot leave the night shift workers stranded on the mainland,” said mayor Petra Holm.',
    'Opposition councillor Erik Vos called the subsidy “money we do not have”.',
    'The ferry carried 41,000 passengers last year, most of them hospital and port workers.',
    '',
  ].join('\n'),
  'harbour-news.txt': [
    'Night ferry saved by council vote',
    'The council decided on Tuesday that the night ferry will keep running until 2027.',
    'Mayor Petra Holm said the ferry was “a lifeline for the island”.',
    'The ferry carried 41,000 passengers last year, the operator said.',
    'The vote passed by nine votes to four after a two-hour debate.',
    '',
  ].join('\n'),
};

export function writeStory(briefingsDir: string, id: string, files: Record<string, string>): void {
  const dir = join(briefingsDir, id);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** A project root of its own (config/ and briefings/) in a temp folder, so tests can change it freely. */
export function tempProject(stories: Record<string, Record<string, string>>): { root: string; briefingsDir: string; configDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsbrief-preview-'));
  const configDir = join(root, 'config');
  const briefingsDir = join(root, 'briefings');
  mkdirSync(configDir);
  mkdirSync(briefingsDir);
  writeFileSync(join(configDir, 'commands.yaml'), 'aliases: []\n');
  for (const [id, files] of Object.entries(stories)) writeStory(briefingsDir, id, files);
  return { root, briefingsDir, configDir };
}

export async function startPreview(project: { root: string; briefingsDir: string; configDir: string }): Promise<RunningPreview> {
  const logger = silentLogger();
  const context = liveContext({
    configDir: project.configDir,
    briefingsDir: project.briefingsDir,
    loadSettings: () => loadSettings({ root: project.root, env: {} }),
    logger,
  });
  return startPreviewServer({ context, briefingsDir: project.briefingsDir, logger, port: 0 });
}
