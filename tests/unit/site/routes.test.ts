import { expect, test } from 'vitest';
import {
  chartCsvRoute,
  chartImageRoute,
  embedCodeId,
  embedRoute,
  isParagraphId,
  paragraphId,
  paragraphPosition,
  pathWithBase,
  ROUTES,
  shareCardRoute,
  shareRoute,
} from '../../../src/lib/site/routes';

test.each([
  ['/', 'figures/', '/figures/'],
  ['/arms-report', 'figures/', '/arms-report/figures/'],
  ['/arms-report/', 'data/figures.csv', '/arms-report/data/figures.csv'],
  ['/arms-report', '', '/arms-report/'],
])('pathWithBase(%s, %s) is %s, with one slash between base and route', (base, route, path) => {
  expect(pathWithBase(base, route)).toBe(path);
});

test('pathWithBase without a route is the base itself, with its slash', () => {
  expect(pathWithBase('/arms-report')).toBe('/arms-report/');
});

test('routes, chart downloads and paragraph ids are spelled as published', () => {
  expect(ROUTES).toMatchObject({ figures: 'figures/', figuresCsv: 'data/figures.csv', figuresJson: 'data/figures.json', shareImage: 'og.png' });
  expect(chartCsvRoute('chart-mi35')).toBe('data/chart-mi35.csv');
  expect(paragraphId(7)).toBe('p-7');
});

test('share pages, their cards, embeds, their code on the ledger and chart images are spelled as published', () => {
  expect(embedCodeId('chart-mi35')).toBe('embed-chart-mi35');
  expect(shareRoute('alarm-in-armenia')).toBe('share/alarm-in-armenia/');
  expect(shareCardRoute('alarm-in-armenia')).toBe('share/alarm-in-armenia.png');
  expect(embedRoute('chart-mi35')).toBe('embed/chart-mi35/');
  expect(chartImageRoute('chart-mi35')).toBe('charts/chart-mi35.png');
});

test.each([
  ['p-7', true],
  ['p-13', true],
  ['p-', false],
  ['p-7a', false],
  ['chart-p-7', false],
  ['timeline', false],
])('isParagraphId(%s) is %s', (id, paragraph) => {
  expect(isParagraphId(id)).toBe(paragraph);
});

test.each([
  ['p-7', 7],
  ['p-13', 13],
  ['p-', null],
  ['p-7a', null],
  ['p-a7', null],
  ['chart-p-7', null],
  ['q-9', null],
  [7, null],
  [undefined, null],
])('paragraphPosition(%s) is %s', (id, position) => {
  expect(paragraphPosition(id)).toBe(position);
});
