import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../support/browser';
import { assertBuilt, distDir } from '../support/dist';

assertBuilt();

/** One raw HTTP response: status, headers and the bytes on the wire (node:http never decodes them). */
function request(url: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

// The browser tests and the benchmark measure pages as a static host sends them: a server that stopped compressing
// would make every byte and first-paint figure describe a host nobody uses.
describe('the test server sends pages as static hosts do', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(distDir);
  });
  afterAll(() => site.close());

  test('the article goes gzipped to a browser that accepts gzip, and unzips to the built file', async () => {
    const response = await request(site.root, 'gzip, deflate, br, zstd');
    expect(response.headers['content-encoding']).toBe('gzip');
    const built = readFileSync(join(distDir, 'index.html'));
    expect(response.body.length).toBeLessThan(built.length / 2);
    expect(gunzipSync(response.body).equals(built)).toBe(true);
  });

  test('the article goes as it is to a client that asks for no encoding', async () => {
    const response = await request(site.root);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(readFileSync(join(distDir, 'index.html')))).toBe(true);
  });

  test('an image is never gzipped', async () => {
    const response = await request(`${site.origin}/og.png`, 'gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('the test server on a site without a 404 page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-no-404-'));
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><p>home');
    site = await serve(dir);
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('answers a missing path with a plain 404, as a host does, and keeps serving', async () => {
    const missing = await request(`${site.origin}/robots.txt`);
    expect(missing.status).toBe(404);
    expect((await request(site.root)).status).toBe(200);
  });
});

// The benchmark starts its server first, so the build can take the server's address as SITE_URL.
describe('the test server started before the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-before-build-'));
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><p>home');
    writeFileSync(join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('sends the headers of the _headers file the build wrote after it started', async () => {
    expect((await request(site.root)).headers['content-security-policy']).toBe("default-src 'self'");
  });
});
