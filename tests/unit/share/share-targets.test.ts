import { describe, expect, test } from 'vitest';
import { type Shareable, shareTargets } from '../../../src/lib/share/share-targets';

const isParagraph = (id: string) => /^p-\d+$/u.test(id);
const alarm: Shareable = { id: 'alarm-in-armenia', kind: 'section', title: 'Alarm in Armenia', aliases: [] };
const deals: Shareable = { id: 'chart-deals', kind: 'chart', title: 'What the $4 billion is made of', aliases: ['chart-known'] };

describe('shareTargets', () => {
  test('gives a share page to every published section and chart id, old ids included, in the list’s order, and none to paragraphs', () => {
    const targets = shareTargets(['p-1', 'alarm-in-armenia', 'chart-deals', 'chart-known', 'p-2'], [alarm, deals], isParagraph);
    expect(targets.map((t) => [t.id, t.part.id])).toEqual([
      ['alarm-in-armenia', 'alarm-in-armenia'],
      ['chart-deals', 'chart-deals'],
      ['chart-known', 'chart-deals'],
    ]);
  });

  test('stops on a published id that no part has any more, naming it and the way to keep it', () => {
    const renamed = { ...alarm, id: 'alarm-in-yerevan' };
    expect(() => shareTargets(['alarm-in-armenia', 'alarm-in-yerevan', 'chart-deals', 'chart-known'], [renamed, deals], isParagraph)).toThrow(
      /the published id "alarm-in-armenia" is no section or chart on the page any more.*headingAliases/u,
    );
  });

  test('names both sides of a renamed heading at once: the lost id and the new, unlisted one', () => {
    const renamed = { ...alarm, id: 'alarm-in-yerevan' };
    expect(() => shareTargets(['alarm-in-armenia', 'chart-deals', 'chart-known'], [renamed, deals], isParagraph)).toThrow(
      /"alarm-in-armenia" is no section or chart[^\n]*\n- the section "alarm-in-yerevan" is not in src\/data\/published-anchors.json/u,
    );
  });

  test('keeps a renamed section’s old id when it is listed as the section’s alias', () => {
    const renamed = { ...alarm, id: 'alarm-in-yerevan', aliases: ['alarm-in-armenia'] };
    const targets = shareTargets(['alarm-in-armenia', 'alarm-in-yerevan', 'chart-deals', 'chart-known'], [renamed, deals], isParagraph);
    expect(targets.find((t) => t.id === 'alarm-in-armenia')?.part.id).toBe('alarm-in-yerevan');
  });

  test('stops on a section or chart that is not published, naming it', () => {
    expect(() => shareTargets(['chart-deals', 'chart-known'], [alarm, deals], isParagraph)).toThrow(
      /the section "alarm-in-armenia" is not in src\/data\/published-anchors.json/u,
    );
  });

  test.each([
    { published: ['alarm-in-armenia', 'alarm-in-armenia'], parts: [alarm], error: /"alarm-in-armenia" is listed twice/u },
    {
      published: ['alarm-in-armenia'],
      parts: [alarm, { ...deals, id: 'x', aliases: ['alarm-in-armenia'] }],
      error: /"alarm-in-armenia" is used by the section "Alarm in Armenia" and the chart/u,
    },
  ])('stops on an id used twice: $error', ({ published, parts, error }) => {
    expect(() => shareTargets(published, parts, isParagraph)).toThrow(error);
  });
});
