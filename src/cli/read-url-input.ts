import { InputError } from '../sources/input-error.js';
import type { CliStory } from './read-input.js';

// Wired to the safe fetcher once it lands (sources/read-url.ts).
export async function readUrlForCli(url: string): Promise<CliStory> {
  throw new InputError(`${url}: reading URLs is not available in this build`);
}
