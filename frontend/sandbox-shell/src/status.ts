type Appearance = 'default' | 'inprogress' | 'success';

/** Jira colours a status by its category: grey to do, blue in progress, green done. */
export function statusAppearance(category: string | null | undefined, name = ''): Appearance {
  const value = (category ?? '').toLowerCase();
  if (value === 'done' || value === 'complete') return 'success';
  if (value === 'indeterminate' || value === 'in progress' || value === 'inprogress') return 'inprogress';
  if (value === '' && /done|closed|resolved/i.test(name)) return 'success';
  if (value === '' && /progress|review/i.test(name)) return 'inprogress';
  return 'default';
}
