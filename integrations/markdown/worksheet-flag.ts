import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { questionsShownTwice, worksheetUseOf, type WorksheetUse } from '../../src/lib/worksheet.ts';
import type { PageKind } from '../../src/lib/types.ts';

/** One entry of Sätteri's `mdastPlugins` option (a plugin, or a factory of one per document). */
type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** The flag the route data reads from `render(entry).remarkPluginFrontmatter`. */
export const WORKSHEET_FLAG = 'worksheet';

type JsxNode = { name: string | null; attributes: Array<{ type: string; name?: string; value?: unknown }> };

/** The attributes of a `<Reflection>` element, in the shape `worksheetUseOf` reads. */
function attributesOf(node: JsxNode): Record<string, string | { expression: string }> {
  const attributes: Record<string, string | { expression: string }> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { value } = attribute;
    if (typeof value === 'string') attributes[attribute.name] = value;
    else if (value && typeof value === 'object' && 'value' in value)
      attributes[attribute.name] = { expression: String(value.value) };
  }
  return attributes;
}

/**
 * A Sätteri mdast plugin: marks a page whose MDX embeds `<Reflection>` (its frontmatter gets
 * `worksheet: true`, so the route data puts the worksheet's styles in <head>), and fails the
 * build, naming the file, when a question would show twice on one page (the same ids twice,
 * one radio group for both): embedded in the text and also listed in the frontmatter's
 * `questions`, or embedded twice.
 */
export function worksheetFlag({ questionIds }: { questionIds: readonly string[] }): MdastPluginEntry {
  return ({ fileURL }) => {
    const embedded: WorksheetUse[] = [];
    const visit = (node: JsxNode) => {
      if (node.name === 'Reflection') embedded.push(worksheetUseOf(attributesOf(node)));
    };
    return {
      name: 'worksheet-flag',
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(_root, ctx) {
        if (embedded.length === 0) return;
        const astro = ctx.data['astro'] as { frontmatter: Record<string, unknown> } | undefined;
        if (!astro) throw new Error('worksheet-flag: the Markdown processor passed no Astro frontmatter');
        const { kind, questions } = astro.frontmatter as { kind?: PageKind; questions?: string[] };
        const twice = questionsShownTwice({
          kind: kind ?? 'pro',
          listed: questions ?? [],
          embedded,
          all: questionIds,
        });
        if (twice.length > 0) {
          const file = fileURL ? fileURLToPath(fileURL) : 'an MDX page';
          throw new Error(
            `${file}: the worksheet would show ${twice.join(', ')} twice. Remove it from the frontmatter's ` +
              '`questions` (listed under "Ask yourself") or from the <Reflection> in the text.',
          );
        }
        astro.frontmatter[WORKSHEET_FLAG] = true;
      },
    };
  };
}
