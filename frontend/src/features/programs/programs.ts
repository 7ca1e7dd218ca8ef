import type { ApiClient } from '../../lib/api-client';
import {
  asObject,
  readList,
  readNumber,
  readOptionalString,
  readString,
} from '../sync/json-fields';

import { decodeMilestone, type Milestone } from './milestones';

/** A program as the catalogue sends it (docs/programs-api.md); only what the views use. */
export interface Program {
  id: string;
  name: string;
  description: string | null;
  /** `yyyy-MM-dd` calendar dates. */
  startDate: string | null;
  targetDate: string | null;
  projectKeys: string[];
  rootIssues: { id: string; key: string }[];
  /** As the catalogue sorts them; empty when the response has none. */
  milestones: Milestone[];
  version: number;
}

export interface ProgramPage {
  items: Program[];
  nextCursor: string | null;
}

/** POST /api/programs; absent members are left out rather than sent as null. */
export interface NewProgram {
  name: string;
  projectKeys: string[];
  rootIssueKeys?: string[];
  targetDate?: string;
}

/** The catalogue's largest page; a project page wants every program in one go. */
const PAGE_SIZE = 200;
/** A guard against a cursor that never ends (10 000 programs is far beyond any site). */
const MAX_PAGES = 50;

function readStringItem(item: unknown, what: string): string {
  if (typeof item !== 'string') throw new Error(`Expected ${what} to be a string.`);
  return item;
}

function decodeIssueKeyRef(json: unknown, what: string): { id: string; key: string } {
  const object = asObject(json, what);
  return { id: readString(object, 'id', what), key: readString(object, 'key', what) };
}

export function decodeProgram(json: unknown, what = 'program'): Program {
  const object = asObject(json, what);
  return {
    id: readString(object, 'id', what),
    name: readString(object, 'name', what),
    description: readOptionalString(object, 'description', what),
    startDate: readOptionalString(object, 'startDate', what),
    targetDate: readOptionalString(object, 'targetDate', what),
    projectKeys: readList(object, 'projectKeys', what, readStringItem),
    rootIssues: readList(object, 'rootIssues', what, decodeIssueKeyRef),
    milestones: readList(object, 'milestones', what, decodeMilestone),
    version: readNumber(object, 'version', what),
  };
}

export function decodeProgramPage(json: unknown): ProgramPage {
  const what = 'program list';
  const object = asObject(json, what);
  return {
    items: readList(object, 'items', what, decodeProgram),
    nextCursor: readOptionalString(object, 'nextCursor', what),
  };
}

/** Every program of the site, following `nextCursor` to the end. */
export async function fetchAllPrograms(api: ApiClient): Promise<Program[]> {
  const programs: Program[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query: string =
      cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const result: ProgramPage = await api.get(
      `/api/programs?limit=${PAGE_SIZE}${query}`,
      decodeProgramPage,
    );
    programs.push(...result.items);
    if (result.nextCursor === null) break;
    cursor = result.nextCursor;
  }
  return programs;
}

export function createProgram(api: ApiClient, program: NewProgram): Promise<Program> {
  return api.post('/api/programs', program, (json) => decodeProgram(json));
}
