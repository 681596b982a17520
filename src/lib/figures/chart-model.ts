import { formulaText } from './derive';
import { formatFigure } from './format-value';
import type { Ledger, Location, ResolvedFigure } from './types';

/** How chart text reads the ledger: `v('mi35-deal')` gives "$360 million", `fig` the figure, `year` an event's year. */
export interface FigureText {
  v: (id: string) => string;
  fig: (id: string) => ResolvedFigure;
  year: (eventId: string) => number;
}

/** Words of a chart that are computed from the ledger, or plain words that state no number. */
export type ChartText = string | ((f: FigureText) => string);

/** One drawn part of a chart: a figure and its label. */
export interface ChartPart {
  figure: string;
  label: ChartText;
}

/** The forms a chart can take, each chosen for the figure it shows (see the README's chart section). */
export type ChartForm = 'stack' | 'units' | 'bars';

interface ChartBase {
  id: string;
  /** The ledger entry whose paragraph the chart stands after. */
  anchor: string;
  /** Ids this chart was published under before, kept as anchors on it so shared links still land. */
  aliases?: readonly string[];
  title: (f: FigureText) => string;
  takeaway: (f: FigureText) => string;
  /** The figure that sums the chart up in the page's key figures; the first part if not given. */
  keyFigure?: { figure: string; label: string };
  /** Figures shown in the table only: the inputs a reader needs to check the drawing. */
  alsoInTable?: readonly ChartPart[];
}

/** A chart as declared in src/data/charts.ts: its form, the figures it draws and words computed from them. */
export type ChartDefinition = ChartBase &
  (
    | { form: 'stack'; /** The whole the parts must add up to. */ whole: ChartPart; parts: readonly ChartPart[] }
    | { form: 'units'; /** The count the groups must add up to, one unit each. */ whole: ChartPart; parts: readonly ChartPart[] }
    | { form: 'bars'; parts: readonly ChartPart[]; /** A comparison written on the chart, such as a ratio. */ note?: (f: FigureText) => string }
  );

/** One row of a chart's table, and of its CSV. */
export interface ChartRow {
  figure: ResolvedFigure;
  label: string;
  display: string;
  drawn: boolean;
  /** For a derived figure, its formula with the input values, e.g. "$360 million ÷ 24". */
  workings?: string;
}

/** What the build puts in a canvas's `data-chart`: everything the browser needs to draw, nothing to compute. */
export interface ChartSpec {
  form: ChartForm;
  labels: string[];
  values: number[];
  displays: string[];
  derived: boolean[];
  /** Words drawn on the chart beside the parts, such as a ratio. */
  note?: string;
}

/** Everything a chart figure needs at build time; `spec` is all the browser gets. */
export interface ChartModel {
  id: string;
  aliases: readonly string[];
  form: ChartForm;
  title: string;
  takeaway: string;
  anchor: Location;
  rows: ChartRow[];
  key: { figure: ResolvedFigure; label: string; display: string };
  description: string;
  spec: ChartSpec;
}

// Parts of a whole are rounded amounts ("about $2.64 billion"): they must add up to within a part in a thousand.
const addsUp = (sum: number, whole: number) => Math.abs(sum - whole) <= Math.abs(whole) * 1e-3;

const FORM_NAMES: Record<ChartForm, string> = { stack: 'Stacked bar', units: 'Unit chart', bars: 'Bar chart' };

// Looks up figures and events by id for chart text, naming the chart when an id is wrong.
function figureText(ledger: Ledger, owner: string): FigureText {
  const fig = (id: string) => {
    const found = ledger.figures.find((f) => f.id === id);
    if (!found) throw new Error(`${owner}: "${id}" is no figure in src/data/figures.ts`);
    return found;
  };
  const year = (id: string) => {
    const found = ledger.events.find((e) => e.id === id);
    if (!found) throw new Error(`${owner}: "${id}" is no event in src/data/figures.ts`);
    return Number(found.date.slice(0, 4));
  };
  return { fig, year, v: (id) => formatFigure(fig(id)) };
}

/** Builds a chart from its definition and the checked ledger; every number comes from the ledger. */
export function chartModel(def: ChartDefinition, ledger: Ledger): ChartModel {
  const owner = `chart "${def.id}"`;
  const text = figureText(ledger, owner);
  const words = (label: ChartText) => (typeof label === 'string' ? label : label(text));
  const found = [...ledger.figures, ...ledger.claims].find((entry) => entry.id === def.anchor);
  const anchor = found?.kind === 'derived' ? undefined : found?.location;
  if (!anchor) throw new Error(`${owner}: anchor "${def.anchor}" is no stated figure or claim with a quote`);
  if (def.parts.length === 0) throw new Error(`${owner}: it draws no parts`);

  const row = (part: ChartPart, drawn: boolean): ChartRow => {
    const figure = text.fig(part.figure);
    const workings = figure.kind === 'derived' ? formulaText(figure.operation, figure.inputs.map(text.v)) : undefined;
    return { figure, label: words(part.label), display: formatFigure(figure), drawn, ...(workings ? { workings } : {}) };
  };
  const parts = def.parts.map((part) => row(part, true));
  const units = new Set(parts.map((part) => part.figure.unit));
  if (units.size !== 1) throw new Error(`${owner}: its parts mix units (${[...units].join(', ')})`);
  const whole = def.form === 'bars' ? [] : [row(def.whole, false)];
  for (const total of whole) {
    const sum = parts.reduce((acc, part) => acc + part.figure.value, 0);
    if (!addsUp(sum, total.figure.value)) throw new Error(`${owner}: its parts add up to ${sum}, not its whole ${total.figure.id} (${total.figure.value})`);
  }
  if (def.form === 'units') {
    const odd = parts.find((part) => !Number.isInteger(part.figure.value) || part.figure.value < 0);
    if (odd) throw new Error(`${owner}: a unit chart counts whole units, but ${odd.figure.id} is ${odd.figure.value}`);
  }
  const rows = [...whole, ...parts, ...(def.alsoInTable ?? []).map((part) => row(part, false))];

  const title = def.title(text);
  const keyDef = def.keyFigure ?? { figure: def.parts[0]!.figure, label: parts[0]!.label };
  const keyFigure = text.fig(keyDef.figure);
  const note = def.form === 'bars' && def.note ? def.note(text) : undefined;
  const listed = parts.map((part) => `${part.label}, ${part.display}${part.figure.kind === 'derived' ? ' (derived)' : ''}`).join('; ');
  // The title is a sentence of its own: "of $4 billion" after "What the $4 billion is made of" read "made of of".
  const of = whole[0] ? `Parts of ${whole[0].display}: ` : '';
  return {
    id: def.id,
    aliases: def.aliases ?? [],
    form: def.form,
    title,
    takeaway: def.takeaway(text),
    anchor,
    rows,
    key: { figure: keyFigure, label: keyDef.label, display: formatFigure(keyFigure) },
    description: `${FORM_NAMES[def.form]}: ${title}. ${of}${listed}${note ? `; ${note}` : ''}.`,
    spec: {
      form: def.form,
      labels: parts.map((part) => part.label),
      values: parts.map((part) => part.figure.value),
      displays: parts.map((part) => part.display),
      derived: parts.map((part) => part.figure.kind === 'derived'),
      ...(note ? { note } : {}),
    },
  };
}

/** Every figure a chart shows, drawn or in its table, so figure marks and the ledger can link to it. */
export function chartFigureIds(def: ChartDefinition): string[] {
  return [...('whole' in def ? [def.whole.figure] : []), ...def.parts.map((p) => p.figure), ...(def.alsoInTable ?? []).map((p) => p.figure)];
}
