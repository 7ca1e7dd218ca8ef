/** Automation API payloads as the server sends them (issue 8). */

export const BLOCKED_RISK = {
  key: 'blocked-risk',
  name: 'Blocked → risk',
  description: 'An issue blocked for longer than N days raises a risk linked to it.',
  enabled: false,
  dryRun: false,
  params: { days: 3 },
  paramDefs: [{ name: 'days', label: 'Blocked for (days)', type: 'integer', min: 1, max: 30, default: 3 }],
  version: 4,
};

export const DONE_INFORM = {
  key: 'done-inform',
  name: 'Done → inform',
  description: "Notifies the issue's Informed when it is done.",
  enabled: true,
  dryRun: true,
  params: { anyCategoryChange: false, subject: 'Done: {issue}' },
  paramDefs: [
    { name: 'anyCategoryChange', label: 'On any status category change', type: 'boolean', default: false },
    { name: 'subject', label: 'Email subject', type: 'string', default: 'Done: {issue}' },
  ],
  version: 1,
};

export const WEEKLY_DIGEST = {
  key: 'weekly-digest',
  name: 'Weekly digest',
  description: "Once a week, each program's owner and Informed get its health and news.",
  enabled: true,
  dryRun: false,
  params: { dayOfWeek: 1, hour: 9 },
  paramDefs: [
    { name: 'dayOfWeek', label: 'Day of the week (1 = Monday … 7 = Sunday)', type: 'integer', min: 1, max: 7, default: 1 },
    { name: 'hour', label: 'Hour of the day (0..23, site time zone)', type: 'integer', min: 0, max: 23, default: 9 },
  ],
  version: 2,
};

export const RULES = { items: [BLOCKED_RISK, DONE_INFORM, WEEKLY_DIGEST] };

export function run(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    ruleKey: 'blocked-risk',
    at: '2030-05-01T10:11:12Z',
    trigger: 'issue blocked',
    issueId: '10001',
    issueKey: 'PAY-1',
    riskId: null,
    outcome: 'ACTED',
    detail: `run ${id}`,
    ...overrides,
  };
}
