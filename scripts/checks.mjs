// What the browser checks (and the bench) share: a static file server on 127.0.0.1 and the
// report of ok / FAIL lines with a summary.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const types = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.map': 'application/json', '.svg': 'image/svg+xml',
};

/**
 * Serves files on 127.0.0.1: `fileFor(path)` names the file that answers a path (a path ending
 * in '/' asks for its index.html); `headers` go on every response, a 404 included.
 */
export async function serveFiles(fileFor, headers = {}) {
  const server = http.createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname); // URL parsing drops '..' segments
    const file = fileFor(path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file).catch(() => null);
    response.writeHead(body ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers })
      .end(body ?? 'Not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Prints one line per check (its problems indented below) and, at the end, `<title>: N passed, N failed`. */
export function checkReport(title) {
  let passed = 0;
  let failed = 0;
  return {
    /** Reports a check; no problems is a pass. */
    add(name, problems) {
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}${problems.map((p) => `\n     ${p}`).join('')}`);
      if (problems.length) failed++;
      else passed++;
    },
    /** Prints the summary (with `extra` after it) and ends the process, failing after any failed check. */
    finish(extra = '') {
      console.log(`${title}: ${passed} passed, ${failed} failed${extra}`);
      process.exit(failed ? 1 : 0);
    },
  };
}
