/** One cell as the file holds it: text, or the number or boolean an XLSX cell stores as such. */
export type Cell = string | number | boolean;

/** A non-empty row of a file, numbered as Excel shows it (1 is the first row). */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

/** What an export writes in a cell: text, or a number shown with a fixed count of decimals. */
export type OutCell = string | { value: number; decimals: 0 | 2 | 3 };

export const isBlank = (cell: Cell | undefined): boolean =>
  cell === undefined || (typeof cell === 'string' && cell.trim() === '');
