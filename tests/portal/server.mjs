// The sample portal: static pages modelled on vendor 校務行政系統 and 學習歷程中央資料庫 pages,
// served on 127.0.0.1 only. `node tests/portal/server.mjs [port]` (default 5180; 0 = any free port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderA } from './ssr/a.mjs';

const ROOT = resolve(fileURLToPath(new URL('./pages', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.action': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Starts the portal; resolves to { url, close }. */
export function startPortal(port = 5180) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    // Style A pages are rendered on the server from the shared data module (every value escaped).
    const rendered = renderA(path, url.searchParams);
    if (rendered) {
      res.writeHead(200, { 'content-type': rendered.type, 'cache-control': 'no-store' });
      res.end(rendered.body);
      return;
    }
    // Style D is one app whose router reads the path: any /d/ route without a file extension gets
    // its index.html, as a history-mode single-page app is served.
    let file = normalize(join(ROOT, path.startsWith('/d/') && !extname(path) ? '/d/index.html' : path));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)];
      // Big5-era pages declare their own charset in a meta tag; let the browser read it.
      res.writeHead(200, type ? { 'content-type': type } : {});
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('找不到此頁面');
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolveStart({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORTAL_PORT ?? 5180);
  startPortal(port).then(({ url }) => console.log(`範例校務系統已啟動：${url}/`));
}
