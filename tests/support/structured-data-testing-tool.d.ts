// The package ships no types: these cover the parts the tests use, as its README documents them.
declare module 'structured-data-testing-tool' {
  /** One check the tool ran, with where it looked and, if it failed, why. */
  export interface SdttTest {
    test: string;
    type?: 'jsonld' | 'microdata' | 'rdfa' | 'metatag' | 'any';
    expect?: unknown;
    group?: string;
    groups?: string[];
    description?: string;
    passed?: boolean;
    error?: { type: string; message: string };
  }
  /** What a run reports: every check by outcome, the schemas it found and the structured data as it read it. */
  export interface SdttResult {
    tests: SdttTest[];
    passed: SdttTest[];
    failed: SdttTest[];
    warnings: SdttTest[];
    schemas: string[];
    structuredData: { jsonld: Record<string, Record<string, unknown>[]>; metatags: Record<string, string[]> };
  }
  /** Tests HTML (or a URL, file or stream) for structured data; rejects with `{ type: 'VALIDATION_FAILED', res }` when a check fails. */
  export function structuredDataTest(
    input: string,
    options?: { presets?: unknown[]; schemas?: string[]; tests?: SdttTest[]; auto?: boolean },
  ): Promise<SdttResult>;
}

declare module 'structured-data-testing-tool/presets' {
  /** Google's checks for the schema.org types it reads. */
  export const Google: unknown;
  /** Open Graph and Twitter card checks. */
  export const SocialMedia: unknown;
}
