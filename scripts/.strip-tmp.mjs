import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
// stub named lib modules to measure their cost
const stubs = process.argv.slice(2);
const plugin = { name: 'stub', setup(b) { b.onLoad({ filter: /reflection\/(.*)\.ts$/ }, (args) => { const name = args.path.match(/reflection\/(\w+)\.ts$/)[1]; if (!stubs.includes(name)) return undefined; const src = readFileSync(args.path, 'utf8'); const names = [...src.matchAll(/export (?:function|const) (\w+)/g)].map((m) => m[1]); return { contents: names.map((n) => `export const ${n}: any = () => ({});`).join('\n'), loader: 'ts' }; }); } };
const r = await build({ entryPoints: ['src/components/reflection-worksheet.ts'], bundle: true, minify: true, write: false, format: 'iife', target: 'es2022', plugins: [plugin] });
console.log(gzipSync(r.outputFiles[0].text, { level: 9 }).length, stubs.join(','));
