import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { unzipSync } from 'fflate';

/**
 * The LMS side of a SCORM 1.2 launch, for the package's browser test: a loopback server with a
 * harness page that puts scorm-again's `Scorm12API` on `window.API` (its commits posted to the
 * server, which keeps the last one as the LMS's record) and opens the package's `index.html` in
 * a frame, as an LMS does. A reload of the harness loads the record back into a fresh API, so the
 * package resumes from what the LMS kept. Every LMSInitialize, LMSFinish and commit is counted by
 * the server, so a closed page can still be asked what it sent.
 */

const SCORM_AGAIN = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'scorm-again',
  'dist',
  'scorm12.min.js',
);

const HARNESS = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>LMS harness</title><script src="/scorm-again.js"></script></head>
<body>
<main aria-label="LMS harness">
<h1>LMS harness</h1>
<iframe id="sco" title="The course activity" style="width:100%;height:90vh;border:0"></iframe>
</main>
<script>
(async () => {
  const record = await (await fetch('/record')).json();
  const api = new Scorm12API({ lmsCommitUrl: '/commit', autocommit: false, sendFullCommit: true, logLevel: 5 });
  if (record.cmi) api.loadFromJSON(record.cmi);
  else {
    api.cmi.core.student_id = 'kj247';
    api.cmi.core.student_name = 'Jones, Kira';
  }
  const tell = (event) => navigator.sendBeacon('/event', event);
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit']) {
    const original = api[name].bind(api);
    api[name] = (...args) => { tell(name); return original(...args); };
  }
  // What the package wrote last to each element, write-only ones included (cmi.core.exit and
  // cmi.core.session_time cannot be read back through LMSGetValue).
  window.written = {};
  const set = api.LMSSetValue.bind(api);
  api.LMSSetValue = (element, value) => {
    const result = set(element, value);
    if (String(result) === 'true') window.written[element] = String(value);
    return result;
  };
  window.API = api;
  document.getElementById('sco').src = '/sco/index.html';
})();
</script>
</body>
</html>`;

export interface LmsRecord {
  /** The CMI of the last commit, as scorm-again rendered it. */
  cmi: Record<string, unknown> | null;
  commits: number;
  events: string[];
}

export interface Harness {
  url: string;
  record: LmsRecord;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

/** Serves the package (a SCORM zip's bytes) under /sco/ beside the harness page. */
export async function startHarness(zip: Uint8Array): Promise<Harness> {
  const files = unzipSync(zip);
  const record: LmsRecord = { cmi: null, commits: 0, events: [] };
  const body = (req: import('node:http').IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => resolve(text));
    });
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'POST' && path === '/commit') {
      const text = await body(req);
      try {
        const parsed = JSON.parse(text) as Record<string, unknown>;
        record.cmi = (parsed.cmi as Record<string, unknown> | undefined) ?? parsed;
        record.commits += 1;
      } catch {
        // Not JSON: counted as nothing.
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: true, errorCode: 0 }));
      return;
    }
    if (req.method === 'POST' && path === '/event') {
      record.events.push((await body(req)).slice(0, 40));
      res.writeHead(204).end();
      return;
    }
    if (path === '/record') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(record));
      return;
    }
    if (path === '/' || path === '/harness.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string });
      res.end(HARNESS);
      return;
    }
    if (path === '/scorm-again.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'] as string });
      res.end(readFileSync(SCORM_AGAIN));
      return;
    }
    if (path.startsWith('/sco/')) {
      const name = normalize(decodeURIComponent(path.slice('/sco/'.length)));
      const file = files[name];
      if (file) {
        const ext = name.slice(name.lastIndexOf('.'));
        res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
        res.end(file);
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/harness.html`,
    record,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
