import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { headingWrap, shareControls } from '../../../src/lib/share/share-controls';
import { select, selectAll, toString } from '../../support/hast';

const controls = (part: 'section' | 'chart'): Root => ({ type: 'root', children: shareControls('chart-deals', 'The deals in dollars', part) });

describe('shareControls', () => {
  test('links to the part by its id, named by the part and its title, with no words of its own for reader modes to pick up', () => {
    const link = select('a.self-link', controls('chart'));
    expect(link?.properties).toEqual({ className: ['self-link'], href: '#chart-deals', ariaLabel: 'Link to chart: The deals in dollars' });
    expect(toString(link!)).toBe('');
  });

  test('adds a copy-link element for the part, whose button stays hidden until its script runs', () => {
    const tree = controls('section');
    expect(select('copy-link', tree)?.properties).toEqual({ dataFragment: 'chart-deals', dataTitle: 'The deals in dollars' });
    expect(select('copy-link > button.copy-link', tree)?.properties).toMatchObject({ type: 'button', hidden: true });
    expect(toString(select('copy-link button > .visually-hidden', tree)!)).toBe('Copy link to section: The deals in dollars');
  });

  test('draws the copy icon as decoration, hidden from screen readers, so the button’s name is its words alone', () => {
    const icon = select('copy-link button > svg.icon', controls('section'));
    expect(icon?.properties.ariaHidden).toBe('true');
    expect(select('path', icon!)?.properties.d).toMatch(/^M/u);
  });
});

describe('headingWrap', () => {
  const wrapped = (aliases: string[] = [], share?: string): Root => ({
    type: 'root',
    children: [headingWrap(h('h2', { id: 'where' }, '  Where it went  '), 'where', aliases, share)],
  });

  test('holds the heading, then its self-link and copy control, and nothing else without old ids', () => {
    const wrap = select('header.heading-wrap', wrapped());
    expect(wrap?.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['h2', 'a', 'copy-link']);
  });

  test('names the section by its heading’s words, without the spaces around them', () => {
    expect(select('a.self-link', wrapped())?.properties).toMatchObject({ href: '#where', ariaLabel: 'Link to section: Where it went' });
    expect(select('copy-link', wrapped())?.properties.dataTitle).toBe('Where it went');
  });

  test('keeps each old id as an anchor before the heading', () => {
    const tree = wrapped(['old-where', 'older-where']);
    expect(selectAll('.heading-wrap > span.anchor-alias', tree).map((span) => span.properties.id)).toEqual(['old-where', 'older-where']);
    expect(select('span#older-where.anchor-alias + h2#where', tree)).toBeTruthy();
  });

  test('offers the section’s share page in its copy-link control when given its path, keeping the self-link on the fragment', () => {
    const tree = wrapped([], '/base/share/where/');
    expect(select('copy-link', tree)?.properties).toMatchObject({ dataFragment: 'where', dataShare: '/base/share/where/' });
    expect(select('a.self-link', tree)?.properties.href).toBe('#where');
  });
});
