import { asObject, readBoolean, readList, readNumber, readString } from '../sync/json-fields';

export interface ImportRowError {
  /** 1 is the header row; data starts at 2, as a spreadsheet numbers them. */
  row: number;
  field: string;
  message: string;
}

/** POST /api/risks/import: what a run did, or with `dryRun` would do. */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

export function decodeImportReport(json: unknown): ImportReport {
  const what = 'import report';
  const o = asObject(json, what);
  return {
    dryRun: readBoolean(o, 'dryRun', what),
    rows: readNumber(o, 'rows', what),
    created: readNumber(o, 'created', what),
    updated: readNumber(o, 'updated', what),
    unchanged: readNumber(o, 'unchanged', what),
    errors: readList(o, 'errors', what, (item, at) => {
      const e = asObject(item, at);
      return { row: readNumber(e, 'row', at), field: readString(e, 'field', at), message: readString(e, 'message', at) };
    }),
  };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import endpoint expects for a chosen file. */
export function importContentType(file: Pick<File, 'name' | 'type'>): string {
  return file.name.toLowerCase().endsWith('.xlsx') || file.type === XLSX_TYPE ? XLSX_TYPE : 'text/csv';
}
