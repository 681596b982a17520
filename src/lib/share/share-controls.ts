import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h, s } from 'hastscript';

/** The kinds of part a reader can link to, as named in the controls' labels. */
export type ShareablePart = 'section' | 'chart';

// How the copy icon is drawn (two overlapping sheets, outlined in the text colour) is for the eye to judge, not
// for a test, so mutation testing leaves it alone; that it is there and hidden from screen readers is tested.
// Stryker disable all
const ICON = {
  viewBox: '0 0 16 16',
  path: {
    d: 'M5 5V2.5A1.5 1.5 0 0 1 6.5 1h7A1.5 1.5 0 0 1 15 2.5v7a1.5 1.5 0 0 1-1.5 1.5H11M2.5 5h7A1.5 1.5 0 0 1 11 6.5v7A1.5 1.5 0 0 1 9.5 15h-7A1.5 1.5 0 0 1 1 13.5v-7A1.5 1.5 0 0 1 2.5 5Z',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: '1.5',
  },
};
// Stryker restore all

/**
 * The self-link and the copy-link control that make a part of the page shareable, for the rehype plugins and
 * the components alike. The control is a `<copy-link>` custom element whose button stays hidden until its
 * script runs: without JavaScript it could do nothing, and the self-link still works. Where the part has a share
 * page (`share`, its path), the control offers that page, whose link preview is the part's own card; otherwise
 * it offers the deep link.
 */
export function shareControls(id: string, title: string, part: ShareablePart, share?: string): Element[] {
  return [
    // The link's name is its label and its "#" is drawn by CSS: reader modes, which read text, get no stray words.
    h('a.self-link', { href: `#${id}`, ariaLabel: `Link to ${part}: ${title}` }),
    h('copy-link', { dataFragment: id, dataShare: share, dataTitle: title }, [
      h('button.copy-link', { type: 'button', hidden: true }, [
        s('svg.icon', { ariaHidden: 'true', viewBox: ICON.viewBox, width: 16, height: 16 }, [s('path', ICON.path)]),
        h('span.visually-hidden', `Copy link to ${part}: ${title}`),
      ]),
    ]),
  ];
}

/**
 * A section heading wrapped with its self-link, copy-link control and any old ids (as anchors), outside the heading
 * so its accessible name stays the title alone.
 */
export function headingWrap(heading: Element, id: string, aliasIds: readonly string[], share?: string): Element {
  // A header, not a div: reader modes keep a header's heading, where a div of a heading and two links reads as clutter.
  return h('header.heading-wrap', [
    ...aliasIds.map((old) => h('span.anchor-alias', { id: old })),
    heading,
    ...shareControls(id, toString(heading).trim(), 'section', share),
  ]);
}
