import { describe, expect, test } from 'vitest';
import { cspHash } from '../../../src/lib/site/csp-hash';

describe('cspHash', () => {
  // Digests worked out with `printf %s … | openssl dgst -sha256 -binary | base64`.
  test.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['alert(1)', 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='],
    ['é', 'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='],
  ])('allows %j by the SHA-256 of its UTF-8 bytes, in base64', (content, hash) => {
    expect(cspHash(content)).toBe(hash);
  });
});
