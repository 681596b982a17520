// What a page costs on the wire before the browser can paint it, as Lighthouse's network model counts it.
import { connect } from 'node:net';

/**
 * TCP's first round trip carries 10 segments of 1,460 bytes (the initial congestion window Lighthouse simulates, and
 * Linux's default): a document whose response is larger needs at least one more round trip before it is whole.
 */
export const FIRST_ROUND_TRIP_BYTES = 10 * 1460;

/** The bytes of one response as sent, status line and headers included, to a browser that accepts gzip. */
export function wireBytes(url: string): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nAccept-Encoding: gzip, deflate, br, zstd\r\nConnection: close\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
    socket.on('end', () => resolve(bytes));
    socket.on('error', reject);
  });
}
