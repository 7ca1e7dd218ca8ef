import { RACI_ROLES, type AssignmentInput, type RaciPerson, type RaciRole, type ScopeRaci } from './raci';

/** The editor's working copy of a scope's own assignments: people per role, notes kept aside. */
export interface RaciDraft {
  people: Record<RaciRole, RaciPerson[]>;
  /** `accountId|role` → note, so re-saving keeps notes the editor does not show. */
  notes: Record<string, string>;
}

const noteKey = (accountId: string, role: RaciRole) => `${accountId}|${role}`;

export function draftOf(raci: ScopeRaci): RaciDraft {
  const people: RaciDraft['people'] = { R: [], A: [], C: [], I: [] };
  const notes: Record<string, string> = {};
  for (const assignment of raci.own) {
    people[assignment.role].push(assignment.person);
    if (assignment.note !== null) notes[noteKey(assignment.accountId, assignment.role)] = assignment.note;
  }
  return { people, notes };
}

/** The PUT body's assignments, roles in R, A, C, I order, each person once per role. */
export function assignmentsOf(draft: RaciDraft): AssignmentInput[] {
  return RACI_ROLES.flatMap((role) => {
    const seen = new Set<string>();
    return draft.people[role].flatMap((person) => {
      if (seen.has(person.accountId)) return [];
      seen.add(person.accountId);
      const note = draft.notes[noteKey(person.accountId, role)];
      return [{ accountId: person.accountId, role, ...(note === undefined ? {} : { note }) }];
    });
  });
}
