import { z } from 'astro/zod';
import { reference } from 'astro:content';

import { pageKinds, tracks, type PageKind } from '../lib/types';

export { pageKinds, tracks };
export type { PageKind, Track } from '../lib/types';

/** Kinds that belong to one track and so must name it. */
const trackedKinds: readonly PageKind[] = ['track', 'pro', 'con'];

/** Frontmatter of one guide page (`content/guide/**\/*.mdx`). */
export const guideSchema = () =>
  z
    .object({
      /** The page title, as the article words it (curly quotes kept). */
      title: z.string().min(1),
      /** A short label for navigation and breadcrumbs; defaults to `title`. */
      navTitle: z.string().min(1).optional(),
      /** Our one-line summary: meta description, lists, compare table. Never article text. */
      description: z.string().min(20).max(200),
      /** What the page is; decides its layout and place in the guide map. */
      kind: z.enum(pageKinds),
      /** The track a track page, pro or con belongs to. */
      track: z.enum(tracks).optional(),
      /** Position in the reading order (prev/next); unique across the guide. */
      order: z.number().int().positive(),
      /** Pages that answer this one "on the other track"; shown on both sides. */
      counterparts: z.array(reference('guide')).default([]),
      /** Self-reflection questions this page bears on. */
      questions: z.array(reference('questions')).default([]),
      // Issue 13: hidden search terms.
      /**
       * Words readers use for this page that the article does not ("IC", "coding"). Indexed
       * for search below the article's own text, never shown as article text.
       */
      searchTerms: z
        .array(
          z
            .string()
            .trim()
            .min(1, 'a search term cannot be empty')
            .regex(/^[^,]*$/, 'a search term cannot hold a comma'),
        )
        .default([])
        .refine((terms) => new Set(terms.map((term) => term.toLowerCase())).size === terms.length, {
          message: 'search terms must not repeat (compared case-insensitively)',
        }),
    })
    .superRefine((page, ctx) => {
      if (trackedKinds.includes(page.kind) && !page.track) {
        ctx.addIssue({ code: 'custom', path: ['track'], message: `a ${page.kind} page must name its track` });
      }
      if (!trackedKinds.includes(page.kind) && page.track) {
        ctx.addIssue({ code: 'custom', path: ['track'], message: `a ${page.kind} page belongs to no track` });
      }
    });

/** One of the article's self-reflection questions (`content/questions.json`). */
export const questionSchema = () =>
  z.object({
    /** Stable id, used in URLs, storage and frontmatter references. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The question, word for word from the article. */
    question: z.string().min(1),
    /** The article's either/or sentence that follows the question. */
    prompt: z.string().min(1),
    /** The two ends of the answer scale, in the order the article names them. */
    poles: z
      .tuple([
        z.object({ track: z.enum(tracks), label: z.string().min(1) }),
        z.object({ track: z.enum(tracks), label: z.string().min(1) }),
      ])
      .refine(([a, b]) => a.track !== b.track, { message: 'the two poles must be on different tracks' }),
  });
