/** Shapes of the sandbox's own JSON API (`/sandbox/api/**`), as the shell reads them. */

export interface SiteProject {
  id: string;
  key: string;
  name: string;
}

export interface SiteUser {
  accountId: string;
  displayName: string;
}

/** One row of the site listing: enough for the issues table and a read-only issue view. */
export interface SiteIssue {
  id: string;
  key: string;
  summary: string;
  type: string;
  status: string;
  statusCategory?: string | null;
  projectKey: string;
  projectId: string;
  parentKey: string | null;
}

export interface SiteModule {
  type: string;
  name: string;
  url: string;
}

export interface Site {
  installed: boolean;
  modules: Record<string, SiteModule>;
  projects: SiteProject[];
  users: SiteUser[];
  issues: SiteIssue[];
}

export interface LinkedIssue {
  linkId: string;
  key: string;
  summary: string;
}

export interface Issue {
  id: string;
  key: string;
  summary: string;
  projectKey: string;
  projectId: string;
  type: string;
  typeId: string | null;
  hierarchyLevel: number | null;
  statusId: string | null;
  status: string;
  statusCategory: string | null;
  parentKey: string | null;
  assignee: string | null;
  storyPoints: number | null;
  /** Seconds. */
  originalEstimate: number | null;
  remainingEstimate: number | null;
  timeSpent: number | null;
  /** yyyy-MM-dd. */
  startDate: string | null;
  dueDate: string | null;
  labels: string[];
  flagged: boolean;
  updated: string | null;
  blocks: LinkedIssue[];
  blockedBy: LinkedIssue[];
  children: { key: string; summary: string; status: string }[];
}

export interface Status {
  id: string;
  name: string;
  category: string;
}

export interface IssueType {
  id: string;
  name: string;
  hierarchyLevel: number;
}

export interface WebhookDelivery {
  id: string | number;
  identifier: string;
  event: string;
  subject: string;
  flow: string;
  attempts: number;
  lastStatus: number | null;
  state: 'pending' | 'delivered' | 'failed' | 'dropped';
  created: string;
}

export interface WebhookSwitches {
  duplicateShare: number;
  delayMs: number;
  reorder: boolean;
  dropShare: number;
  retryBackoffMs: number;
}

export interface Faults {
  rateLimitShare: number;
  retryAfterSeconds: number;
  serverErrorShare: number;
  slowShare: number;
  slowMs: number;
  nextRateLimited: number;
  nextServerErrors: number;
}

export interface Notification {
  id: string | number;
  issueKey: string | null;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  recipients: SiteUser[];
  created: string;
}
