/** A CSV cell value; undefined and null become empty cells. */
export type Cell = string | number | boolean | null | undefined;

const cell = (value: Cell): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

/** RFC 4180 CSV with a header row and CRLF line ends, so spreadsheets open it unchanged. */
export function toCsv<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, Cell>[]): string {
  return [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
