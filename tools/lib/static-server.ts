import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface RunningServer {
  /** Origin plus deploy base, always ending in a slash: `http://127.0.0.1:PORT/guide/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: `dir/index.html` for `/dir/`, a redirect
 * from `/dir` to `/dir/`, and `404.html` with status 404 for anything else. Listens on
 * 127.0.0.1 with an OS-assigned port. `gzip: true` compresses text responses for clients
 * that accept it. `down()`, while true, drops every connection as an unreachable host would.
 */
export async function serveStatic(
  root: string,
  base = '/',
  options: { gzip?: boolean; down?: () => boolean } = {},
): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    // `down`: the host cannot be reached (the offline tests' tunnel, for a browser with no offline switch).
    if (options.down?.()) return void request.socket.destroy();
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const send = (file: string, status = 200) => {
      const type = types[extname(file)] ?? 'application/octet-stream';
      // With `gzip`, text is compressed as a real host would (the benchmark's page loads).
      if (
        options.gzip &&
        /text|javascript|json|svg|xml/.test(type) &&
        /\bgzip\b/.test(String(request.headers['accept-encoding']))
      ) {
        response.writeHead(status, {
          'Content-Type': type,
          'Content-Encoding': 'gzip',
          Vary: 'Accept-Encoding',
        });
        createReadStream(file).pipe(createGzip()).pipe(response);
        return;
      }
      response.writeHead(status, { 'Content-Type': type });
      createReadStream(file).pipe(response);
    };
    const notFound = () => send(join(root, '404.html'), 404);
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return notFound();
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname.slice(prefix.length - 1)));
    } catch {
      return notFound();
    }
    if (relative.includes('..')) return notFound();
    const target = join(root, relative);
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      const index = join(target, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    return existsSync(target) ? send(target) : notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
