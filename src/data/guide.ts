import { getCollection, type CollectionEntry } from 'astro:content';
import questionFile from '../../content/questions.json';
import { assertValidGuide } from '../lib/validateGuide';

export type GuideEntry = CollectionEntry<'guide'>;
export type QuestionEntry = CollectionEntry<'questions'>;

let cached: Promise<GuideEntry[]> | undefined;

/**
 * Every guide page, checked once per build for relations the schema cannot see
 * (a failure stops `astro build` with the file and field at fault).
 */
export function loadGuide(): Promise<GuideEntry[]> {
  cached ??= getCollection('guide').then((pages) => {
    assertValidGuide(pages);
    return pages;
  });
  return cached;
}

/** The self-reflection questions, in the order `content/questions.json` lists them. */
export async function loadQuestions(): Promise<QuestionEntry[]> {
  const order = questionFile.map((q) => q.id);
  const questions = await getCollection('questions');
  return questions.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
