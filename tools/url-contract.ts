// Records what the last build publishes in url-contract.json: run `npm run build` first.
// New pages, ids and short links are added; moves (movedPages, movedIds) are kept as they
// are. It refuses to drop anything still in the contract that the build lost without a
// move: map it first (see "Renaming safely" in the README).
import { readFileSync, writeFileSync } from 'node:fs';
import { diffContract, updatedContract, type UrlContract } from '../src/lib/urlContract.ts';
import { distDir, root } from './lib/paths.ts';
import { publishedUrls } from './lib/published-urls.ts';

const file = `${root}url-contract.json`;
const contract = JSON.parse(readFileSync(file, 'utf8')) as UrlContract;
const published = publishedUrls(distDir, {
  base: process.env.SITE_BASE ?? '/',
  skip: Object.keys(contract.movedPages),
});
const diff = diffContract(contract, published);
if (diff.removed.length > 0) {
  console.error(
    `These published URLs are gone and not mapped to a new home:\n  ${diff.removed.join('\n  ')}`,
  );
  console.error('Add them to movedPages or movedIds in url-contract.json, rebuild, and run this again.');
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify(updatedContract(contract, published), null, 2)}\n`);
console.log(`url-contract.json: ${diff.added.length} added, ${diff.aliased.length} kept through moves.`);
