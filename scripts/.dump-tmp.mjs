import { build } from 'esbuild';
const r = await build({ entryPoints: ['src/components/reflection-worksheet.ts'], bundle: true, minify: false, write: false, format: 'iife', target: 'es2022' });
process.stdout.write(r.outputFiles[0].text);
