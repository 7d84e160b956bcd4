import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_POINTS, MIN_POINTS } from '../core/briefing.js';
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

/** `--points N`: a whole number in the range the core briefs; anything else is refused, never clamped. */
export function parsePoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const points = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(points >= MIN_POINTS && points <= MAX_POINTS)) {
    throw new UsageError(`--points must be a whole number from ${MIN_POINTS} to ${MAX_POINTS} (got "${value}")`);
  }
  return points;
}
