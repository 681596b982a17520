import { runInNewContext } from 'node:vm';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { embedCode, embedHeight } from '../../../src/lib/share/embed-code';
import { select, selectAll, toString } from '../../support/hast';

const spec: ChartSpec = { form: 'units', labels: ['a', 'b'], values: [1, 2], displays: ['1', '2'], derived: [false, true] };
const URL_OF_EMBED = 'https://example.org/arms-report/embed/chart-mi35/';
const code = embedCode({ url: URL_OF_EMBED, chart: 'chart-mi35', title: 'The Mi-35 deal', height: 440.2 });

/** A stand-in for an iframe on the host page: the window inside it, and the height its listener gives it. */
interface Frame {
  contentWindow: object;
  style: { height?: string };
}

/**
 * Runs the embed code's script as a host page would, with the page's iframes; returns a function that delivers one
 * message event to the listener it registered.
 */
function hostPage(pasted: string, frames: Frame[]): (event: { origin: string; source: object; data: unknown }) => void {
  const scripts = selectAll('script', fromHtml(pasted, { fragment: true }));
  expect(scripts).toHaveLength(1);
  const listeners: ((event: unknown) => void)[] = [];
  runInNewContext(toString(scripts[0]!), {
    addEventListener: (type: string, listener: (event: unknown) => void) => type === 'message' && listeners.push(listener),
    document: { querySelectorAll: (selector: string) => (selector === 'iframe' ? frames : []) },
  });
  expect(listeners).toHaveLength(1);
  return (event) => listeners[0]!(event);
}

const frameOf = (): Frame => ({ contentWindow: {}, style: {} });
const message = (height: unknown, chart = 'chart-mi35', type = 'baku-arms:embed-height') => ({ type, chart, height });

describe('embedCode', () => {
  test('starts with one iframe of the embed page, named “Chart: <title>”, full width, at the fixed height asked, borderless and lazy', () => {
    const iframe = select('iframe', fromHtml(code, { fragment: true }));
    expect(iframe?.properties).toEqual({
      src: URL_OF_EMBED,
      title: 'Chart: The Mi-35 deal',
      width: '100%',
      height: 441,
      style: 'border:0',
      loading: 'lazy',
    });
    expect(code.startsWith('<iframe ')).toBe(true);
  });

  test('follows the iframe with a short listener that says what it does in comments', () => {
    const tree = fromHtml(code, { fragment: true });
    expect(selectAll('iframe, script', tree).map((element) => element.tagName)).toEqual(['iframe', 'script']);
    const script = toString(select('script', tree)!);
    expect(script.split('\n').length).toBeLessThanOrEqual(12);
    // Closed, so whatever the host page has after the code is read as HTML again, not as script.
    expect(code.endsWith('\n</script>')).toBe(true);
    const comments = script.split('\n').filter((line) => line.trim().startsWith('//'));
    expect(comments.join(' ')).toMatch(/height/u);
    expect(comments.join(' ')).toMatch(/own site/u);
  });

  test('the listener fits the frame that sent a height message from the embed’s origin, rounding up, and no other frame', () => {
    const [frame, other] = [frameOf(), frameOf()];
    const deliver = hostPage(code, [other, frame]);
    deliver({ origin: 'https://example.org', source: frame.contentWindow, data: message(512.3) });
    expect(frame.style.height).toBe('513px');
    expect(other.style).toEqual({});
    deliver({ origin: 'https://example.org', source: frame.contentWindow, data: message(380) });
    expect(frame.style.height).toBe('380px');
  });

  test.each([
    ['from another origin', { origin: 'https://evil.example', data: message(90) }],
    ['from another port of the same host', { origin: 'https://example.org:8443', data: message(90) }],
    ['from the embed origin over http', { origin: 'http://example.org', data: message(90) }],
    ['naming another chart', { origin: 'https://example.org', data: message(90, 'chart-deals') }],
    ['of another type', { origin: 'https://example.org', data: message(90, 'chart-mi35', 'other:embed-height') }],
    ['with no height', { origin: 'https://example.org', data: message(undefined) }],
    ['with a height that is no number', { origin: 'https://example.org', data: message('tall') }],
    ['with a height of zero', { origin: 'https://example.org', data: message(0) }],
    ['with a negative height', { origin: 'https://example.org', data: message(-5) }],
    ['that is a string', { origin: 'https://example.org', data: 'baku-arms:embed-height' }],
    ['that is null', { origin: 'https://example.org', data: null }],
  ])('the listener ignores a message %s', (_, event) => {
    const frame = frameOf();
    hostPage(code, [frame])({ ...event, source: frame.contentWindow });
    expect(frame.style).toEqual({});
  });

  test('the listener ignores a message from a window that is none of the page’s frames', () => {
    const frame = frameOf();
    hostPage(code, [frame])({ origin: 'https://example.org', source: {}, data: message(90) });
    expect(frame.style).toEqual({});
  });

  test('takes the origin it trusts from the embed’s address, whatever the site', () => {
    const local = embedCode({ url: 'http://localhost:4321/embed/chart-deals/', chart: 'chart-deals', title: 'Deals', height: 500 });
    const frame = frameOf();
    const deliver = hostPage(local, [frame]);
    deliver({ origin: 'https://example.org', source: frame.contentWindow, data: message(90, 'chart-deals') });
    expect(frame.style).toEqual({});
    deliver({ origin: 'http://localhost:4321', source: frame.contentWindow, data: message(90, 'chart-deals') });
    expect(frame.style.height).toBe('90px');
  });

  test('escapes a title, address or chart id so it cannot end the attribute, open a tag or leave the script’s strings', () => {
    const chart = '"</script><script>alert(1)//';
    const odd = embedCode({ url: 'https://example.org/?a=1&b="2"&c=</script>', chart, title: 'A "quoted" <b>title</b> & more', height: 400 });
    const tree = fromHtml(odd, { fragment: true });
    const iframe = select('iframe', tree);
    expect(iframe?.properties.title).toBe('Chart: A "quoted" <b>title</b> & more');
    expect(iframe?.properties.src).toBe('https://example.org/?a=1&b="2"&c=</script>');
    expect(odd).not.toContain('<b>');
    const frame = frameOf();
    const deliver = hostPage(odd, [frame]);
    deliver({ origin: 'https://example.org', source: frame.contentWindow, data: message(70, chart) });
    expect(frame.style.height).toBe('70px');
  });
});

describe('embedHeight', () => {
  test('is the chart’s own height plus the 320 px its title, takeaway and source line were measured to need, with a spare line', () => {
    expect(embedHeight(spec)).toBe(chartHeight(spec) + 320);
  });
});
