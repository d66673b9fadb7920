import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entries = process.argv.slice(2);
for (const e of entries) {
  const r = await build({ stdin: { contents: e, resolveDir: process.cwd() + '/src/components', loader: 'ts' }, bundle: true, minify: true, write: false, format: 'iife', target: 'es2022' });
  const t = r.outputFiles[0].text; console.log(gzipSync(t, { level: 9 }).length, t.length, e.slice(0, 100));
}
