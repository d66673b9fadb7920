import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The caches later runs add beside what `npm ci` installed (the bench's own Lighthouse, build and test caches). */
const CACHES = new Set(['.cache', '.vite', '.astro']);

/**
 * What `npm ci` leaves under `node_modules`, caches left out: `bytes` is the files' total
 * length, `onDisk` what `du -s` reports (allocated blocks, folders included). Each file counts
 * once however many hard links it has, as `du` counts it.
 */
export function installedSize(nodeModules: string): { bytes: number; onDisk: number } {
  const seen = new Set<string>();
  const total = { bytes: 0, onDisk: 0 };
  const walk = (dir: string, top: boolean) => {
    total.onDisk += lstatSync(dir).blocks * 512;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (top && CACHES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, false);
        continue;
      }
      const { dev, ino, blocks, size } = lstatSync(path);
      if (seen.has(`${dev}:${ino}`)) continue;
      seen.add(`${dev}:${ino}`);
      total.onDisk += blocks * 512;
      if (entry.isFile()) total.bytes += size;
    }
  };
  walk(nodeModules, true);
  return total;
}
