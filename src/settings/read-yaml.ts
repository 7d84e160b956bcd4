import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../contracts/config-error.js';

/** Reads one YAML file and validates it against its schema; errors name the file and the key path. */
export function readYamlConfig<S extends z.ZodType>(file: string, schema: S, whenMissing: unknown = {}): z.infer<S> {
  let raw: unknown = whenMissing;
  if (existsSync(file)) {
    try {
      raw = parse(readFileSync(file, 'utf8')) ?? whenMissing;
    } catch (error) {
      throw new ConfigError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.path.length ? issue.path.join('.') : '(top level)';
      return `${file}: ${key}: ${issue.message}`;
    });
    throw new ConfigError(problems.join('\n'));
  }
  return result.data;
}
