import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script or style by its exact content (as UTF-8, Node's default), as `Astro.csp` takes it. */
export const cspHash = (content: string): `sha256-${string}` => `sha256-${createHash('sha256').update(content).digest('base64')}`;
