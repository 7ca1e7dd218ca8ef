import AtlaskitEmptyState from '@atlaskit/empty-state';

export interface EmptyStateProps {
  header: string;
  description: string;
}

/** What a view shows before it has anything to list. */
export function EmptyState({ header, description }: EmptyStateProps) {
  return (
    <AtlaskitEmptyState header={header} description={description} headingLevel={2} width="narrow" />
  );
}
