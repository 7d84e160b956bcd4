import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from './input-error.js';

const dateLike = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

const storyFileSchema = z
  .object({
    title: z.string().optional(),
    articles: z
      .record(
        z.string(),
        z
          .object({
            title: z.string().optional(),
            publisher: z.string().optional(),
            url: z.string().url().optional(),
            published: dateLike.optional(),
            byline: z.string().optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();

export type StoryMeta = z.infer<typeof storyFileSchema>;

/**
 * A story folder's story.yaml (title; per file publisher, url, published), or empty when there is none. It is
 * input the user wrote beside the articles, not the bot's configuration: mistakes are InputErrors naming the
 * file and the key, like every other problem with what was given to read.
 */
export function readStoryMeta(file: string): StoryMeta {
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = parse(readFileSync(file, 'utf8')) ?? {};
    } catch (error) {
      throw new InputError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const result = storyFileSchema.safeParse(raw);
  if (!result.success) {
    throw new InputError(
      result.error.issues.map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`).join('\n'),
    );
  }
  return result.data;
}
