import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { GuidePage } from '../../src/lib/types';
import { root } from '../../tools/lib/paths';

/**
 * The real guide's frontmatter, read straight from `content/guide`, shaped like the
 * content layer's entries; so unit tests check the navigation the site really has.
 */
export function realGuidePages(): GuidePage[] {
  const dir = join(root, 'content/guide');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  return files.map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const frontmatter = parse(source.split('---')[1] ?? '') as Record<string, unknown>;
    const refs = (key: string) => ((frontmatter[key] as string[] | undefined) ?? []).map((id) => ({ id }));
    return {
      id: file.replace(/\.mdx$/, ''),
      filePath: relative(root, join(dir, file)),
      data: {
        ...(frontmatter as unknown as GuidePage['data']),
        counterparts: refs('counterparts'),
        questions: refs('questions'),
      },
    };
  });
}

/** A minimal page for hand-made cases. */
export function fakePage(id: string, data: Partial<GuidePage['data']> = {}): GuidePage {
  return {
    id,
    filePath: `content/guide/${id}.mdx`,
    data: {
      title: id,
      description: `About ${id}.`,
      kind: 'pro',
      track: 'technical',
      order: 1,
      counterparts: [],
      questions: [],
      ...data,
    },
  };
}
