import type { PageKind, Track } from '../schemas/guide';

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

export type { PageKind, Track };
