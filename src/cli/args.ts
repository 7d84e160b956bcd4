import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseCliArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nUsage: ${usage}`);
  }
}

export type OutputFormat = 'json' | 'md' | 'text';

export function parseFormat(value: string | undefined, fallback: OutputFormat): OutputFormat {
  const format = (value ?? fallback).toLowerCase();
  if (format === 'markdown') return 'md';
  if (format === 'txt') return 'text';
  if (format === 'json' || format === 'md' || format === 'text') return format;
  throw new UsageError(`--format must be json, md or text (got "${value}")`);
}
