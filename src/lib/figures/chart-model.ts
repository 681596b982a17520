import { formulaText } from './derive';
import { formatFigure } from './format-value';
import type { Ledger, Location, ResolvedFigure } from './types';

/** How chart text reads figures: `v('mi35-deal')` gives "$360 million", `fig('mi35-deal')` the figure itself. */
export interface FigureText {
  v: (id: string) => string;
  fig: (id: string) => ResolvedFigure;
}

/** A chart as declared in src/data/charts.ts: which figures it draws and words computed from them. */
export interface ChartDefinition {
  id: string;
  /** The ledger entry whose paragraph the chart stands beside. */
  anchor: string;
  title: (f: FigureText) => string;
  takeaway: (f: FigureText) => string;
  bars: readonly { figure: string; label: string }[];
  /** The figure that sums the chart up in the page's key figures; the first bar if not given. */
  keyFigure?: { figure: string; label: string };
  /** Figures shown in the table only: the inputs a reader needs to check the bars. */
  alsoInTable?: readonly { figure: string; label: string }[];
}

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
  labels: string[];
  values: number[];
  displays: string[];
  derived: boolean[];
}

/** Everything a chart figure needs at build time; `spec` is all the browser gets. */
export interface ChartModel {
  id: string;
  title: string;
  takeaway: string;
  anchor: Location;
  rows: ChartRow[];
  key: { figure: ResolvedFigure; label: string; display: string };
  description: string;
  spec: ChartSpec;
}

// Looks up figures by id for chart text, naming the chart when an id is wrong.
function figureText(ledger: Ledger, owner: string): FigureText {
  const fig = (id: string) => {
    const found = ledger.figures.find((f) => f.id === id);
    if (!found) throw new Error(`${owner}: "${id}" is no figure in src/data/figures.ts`);
    return found;
  };
  return { fig, v: (id) => formatFigure(fig(id)) };
}

/** Builds a chart from its definition and the checked ledger; every number comes from the ledger. */
export function chartModel(def: ChartDefinition, ledger: Ledger): ChartModel {
  const text = figureText(ledger, `chart "${def.id}"`);
  const found = [...ledger.figures, ...ledger.claims].find((entry) => entry.id === def.anchor);
  const anchor = found?.kind === 'derived' ? undefined : found?.location;
  if (!anchor) throw new Error(`chart "${def.id}": anchor "${def.anchor}" is no stated figure or claim with a quote`);
  const bars = def.bars.map(({ figure, label }) => ({ figure: text.fig(figure), label, drawn: true }));
  const units = new Set(bars.map((bar) => bar.figure.unit));
  if (units.size !== 1) throw new Error(`chart "${def.id}": its bars mix units (${[...units].join(', ')})`);
  const extra = (def.alsoInTable ?? []).map(({ figure, label }) => ({ figure: text.fig(figure), label, drawn: false }));
  const rows = [...bars, ...extra].map((row) => {
    const { figure } = row;
    const workings = figure.kind === 'derived' ? formulaText(figure.operation, figure.inputs.map(text.v)) : undefined;
    return { ...row, display: formatFigure(row.figure), ...(workings ? { workings } : {}) };
  });
  const title = def.title(text);
  const keyDef = def.keyFigure ?? def.bars[0];
  if (!keyDef) throw new Error(`chart "${def.id}": it has no bars`);
  const keyFigure = text.fig(keyDef.figure);
  const drawn = rows.filter((row) => row.drawn);
  return {
    id: def.id,
    title,
    takeaway: def.takeaway(text),
    anchor,
    rows,
    key: { figure: keyFigure, label: keyDef.label, display: formatFigure(keyFigure) },
    description: `Bar chart, ${title}: ${drawn.map((row) => `${row.label}, ${row.display}${row.figure.kind === 'derived' ? ' (derived)' : ''}`).join('; ')}.`,
    spec: {
      labels: drawn.map((row) => row.label),
      values: drawn.map((row) => row.figure.value),
      displays: drawn.map((row) => row.display),
      derived: drawn.map((row) => row.figure.kind === 'derived'),
    },
  };
}
