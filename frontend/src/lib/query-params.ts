/**
 * Reads the context values Jira substitutes into a module's URL, e.g.
 * `issue-panel?issueKey={issue.key}`. Missing or empty values, and unsubstituted
 * `{placeholders}`, come back as `null`.
 */
export function readQueryParams<Name extends string>(
  names: readonly Name[],
  search: string = window.location.search,
): Record<Name, string | null> {
  const params = new URLSearchParams(search);
  const entries = names.map((name): [Name, string | null] => {
    const value = params.get(name)?.trim() ?? '';
    const missing = value === '' || /^\{.*\}$/.test(value);
    return [name, missing ? null : value];
  });
  return Object.fromEntries(entries) as Record<Name, string | null>;
}
