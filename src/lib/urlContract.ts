/**
 * The URL contract: every public page URL, every section id and every short link, committed
 * in `url-contract.json` and checked against each build. Links pasted into chats and docs
 * must keep working, so anything that disappears has to be mapped to its new home here:
 * `movedPages` become redirects, `movedIds` leave an alias target in the page's HTML.
 */
export interface UrlContract {
  /** Site-relative page path → the section ids on it, in page order. */
  pages: Record<string, string[]>;
  /** Short id → `path#id` it forwards to. */
  shortLinks: Record<string, string>;
  /** Old page path → new page path (served as a redirect). */
  movedPages: Record<string, string>;
  /** Old `path#id` → new `path#id` (an alias target for the old id on the new page). */
  movedIds: Record<string, string>;
}

/** What one build publishes, in the contract's terms (no moves: those only live in the contract). */
export type PublishedUrls = Pick<UrlContract, 'pages' | 'shortLinks'> & {
  /** `path#id` of every alias target the build carries for an old id. */
  aliases?: readonly string[];
};

/** How a build compares with the contract. Each entry is a URL (`/path/`, `/path/#id`, `/s/id/`). */
export interface ContractDiff {
  /** Published but not yet in the contract: record them so they stay. */
  added: string[];
  /** In the contract, gone from the build and not mapped anywhere that exists: broken links. */
  removed: string[];
  /** Gone under their old name, but mapped to a new home the build has (`old → new`). */
  aliased: string[];
}

/** An empty contract, for a site that has published nothing yet. */
export function emptyContract(): UrlContract {
  return { pages: {}, shortLinks: {}, movedPages: {}, movedIds: {} };
}

/** Splits `path#id` into its page and fragment. */
function splitTarget(target: string): { path: string; id: string } {
  const hash = target.indexOf('#');
  return hash < 0 ? { path: target, id: '' } : { path: target.slice(0, hash), id: target.slice(hash + 1) };
}

/** Follows page and id moves (chains too, stopping at a cycle) to where a target lives now. */
export function resolveMoves(target: string, contract: Pick<UrlContract, 'movedPages' | 'movedIds'>): string {
  const seen = new Set<string>();
  let current = target;
  while (!seen.has(current)) {
    seen.add(current);
    const { path, id } = splitTarget(current);
    const movedId = contract.movedIds[current];
    const movedPage = contract.movedPages[path];
    if (movedId) current = movedId;
    else if (movedPage) current = id ? `${movedPage}#${id}` : movedPage;
    else break;
  }
  return current;
}

/**
 * Compares a build with the contract: what it adds, what it breaks, and what it keeps
 * working through a recorded move. A moved id only counts as kept when the build also
 * carries its alias target (otherwise the old fragment would land nowhere).
 */
export function diffContract(contract: UrlContract, published: PublishedUrls): ContractDiff {
  const diff: ContractDiff = { added: [], removed: [], aliased: [] };
  const has = (target: string) => {
    const { path, id } = splitTarget(target);
    const ids = published.pages[path];
    return ids !== undefined && (id === '' || ids.includes(id));
  };
  const aliases = new Set(published.aliases ?? []);

  for (const [path, ids] of Object.entries(contract.pages)) {
    if (!published.pages[path]) {
      const now = resolveMoves(path, contract);
      if (now !== path && has(now)) diff.aliased.push(`${path} → ${now}`);
      else diff.removed.push(path);
      continue;
    }
    for (const id of ids) {
      const target = `${path}#${id}`;
      if (has(target)) continue;
      const now = resolveMoves(target, contract);
      if (now !== target && has(now) && aliases.has(target)) diff.aliased.push(`${target} → ${now}`);
      else diff.removed.push(target);
    }
  }
  // Old ids live on only as moves: each must still land somewhere through its alias target.
  for (const oldTarget of Object.keys(contract.movedIds)) {
    const { path, id } = splitTarget(oldTarget);
    if (contract.pages[path]?.includes(id)) continue; // already checked above
    const now = resolveMoves(oldTarget, contract);
    if (has(now) && aliases.has(oldTarget)) diff.aliased.push(`${oldTarget} → ${now}`);
    else diff.removed.push(oldTarget);
  }
  for (const [short, target] of Object.entries(contract.shortLinks)) {
    const url = `/s/${short}/`;
    const publishedTarget = published.shortLinks[short];
    if (publishedTarget === undefined) diff.removed.push(url);
    else if (publishedTarget !== target) {
      // A short link may follow its section to a new home, never point somewhere else.
      if (resolveMoves(target, contract) === publishedTarget)
        diff.aliased.push(`${url} → ${publishedTarget}`);
      else diff.removed.push(url);
    }
  }

  for (const [path, ids] of Object.entries(published.pages)) {
    if (!contract.pages[path]) {
      if (!(path in contract.movedPages)) diff.added.push(path);
      continue;
    }
    const known = new Set(contract.pages[path]);
    for (const id of ids) if (!known.has(id)) diff.added.push(`${path}#${id}`);
  }
  for (const short of Object.keys(published.shortLinks)) {
    if (!(short in contract.shortLinks)) diff.added.push(`/s/${short}/`);
  }
  return diff;
}

/**
 * The contract after accepting a build: what it publishes now, with every move kept (moves
 * are history and are never dropped). Old ids that only live on as aliases stay out of
 * `pages`; the moves keep them checked.
 */
export function updatedContract(contract: UrlContract, published: PublishedUrls): UrlContract {
  const sortKeys = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    pages: sortKeys(published.pages),
    shortLinks: sortKeys({ ...published.shortLinks }),
    movedPages: sortKeys(contract.movedPages),
    movedIds: sortKeys(contract.movedIds),
  };
}

/** Astro `redirects` for every moved page, each to its final home. */
export function redirectsOf(contract: Pick<UrlContract, 'movedPages' | 'movedIds'>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(contract.movedPages).map((from) => [from, resolveMoves(from, contract)]),
  );
}

/** The alias targets one page needs: old id → the id it now lives at, for `movedIds` on `path`. */
export function aliasesOnPage(
  path: string,
  contract: Pick<UrlContract, 'movedPages' | 'movedIds'>,
): Array<{ from: string; to: string }> {
  const aliases: Array<{ from: string; to: string }> = [];
  for (const oldTarget of Object.keys(contract.movedIds)) {
    const now = splitTarget(resolveMoves(oldTarget, contract));
    const old = splitTarget(oldTarget);
    if (now.path === path && old.id && now.id) aliases.push({ from: old.id, to: now.id });
  }
  return aliases;
}
