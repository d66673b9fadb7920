import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { guideSchema, questionSchema } from './schemas/guide';

/** Every page of the guide; an entry's id is its URL path (`index` is `/`). */
const guide = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
  schema: guideSchema(),
});

/** The three self-reflection questions, as data shared by every page that embeds them. */
const questions = defineCollection({
  loader: file('./content/questions.json'),
  schema: questionSchema(),
});

export const collections = { guide, questions };
