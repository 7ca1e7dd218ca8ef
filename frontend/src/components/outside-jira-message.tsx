import SectionMessage from '@atlaskit/section-message';

/** Shown when the page was opened directly instead of inside Jira (no all.js, so no AP). */
export function OutsideJiraMessage() {
  return (
    <SectionMessage appearance="warning" title="Open Keystone from Jira">
      <p>This page only works inside Jira Cloud. Open it from the Keystone menu or panel in Jira.</p>
    </SectionMessage>
  );
}
