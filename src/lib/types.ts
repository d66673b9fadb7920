/** The kinds of page the guide has; each renders with its own view. */
export const pageKinds = ['home', 'track', 'pro', 'con', 'third-way', 'reflection'] as const;
/** The two career tracks the article weighs against each other. */
export const tracks = ['technical', 'management'] as const;

export type PageKind = (typeof pageKinds)[number];
export type Track = (typeof tracks)[number];

/**
 * The slice of a guide collection entry that navigation needs. Kept structural so
 * `src/lib` stays pure: tests pass plain objects, pages pass `getCollection('guide')`.
 */
export interface GuidePage {
  id: string;
  filePath?: string | undefined;
  data: {
    title: string;
    navTitle?: string | undefined;
    description: string;
    kind: PageKind;
    track?: Track | undefined;
    order: number;
    counterparts: ReadonlyArray<{ id: string }>;
    questions: ReadonlyArray<{ id: string }>;
  };
}
