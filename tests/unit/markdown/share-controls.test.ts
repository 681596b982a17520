import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { shareControls } from '../../../src/lib/markdown/share-controls';
import { select, toString } from '../../support/hast';

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
