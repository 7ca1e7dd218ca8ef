import SectionMessage from '@atlaskit/section-message';

import { ProblemError } from '../lib/problem-error';

export interface ProblemMessageProps {
  /** Usually a {@link ProblemError}; anything else is shown generically. */
  error: unknown;
}

/** Shows an API problem (title, detail, field errors, code) as an Atlaskit section message. */
export function ProblemMessage({ error }: ProblemMessageProps) {
  if (!(error instanceof ProblemError)) {
    return (
      <SectionMessage appearance="error" title="Something went wrong">
        <p>{error instanceof Error ? error.message : 'An unexpected error occurred.'}</p>
      </SectionMessage>
    );
  }
  const appearance = error.status >= 500 || error.status === 0 ? 'error' : 'warning';
  return (
    <SectionMessage appearance={appearance} title={error.title}>
      {error.detail !== undefined && <p>{error.detail}</p>}
      {error.errors.length > 0 && (
        <ul>
          {error.errors.map((fieldError, index) => (
            <li key={`${fieldError.field}-${index}`}>
              {fieldError.field === ''
                ? fieldError.message
                : `${fieldError.field}: ${fieldError.message}`}
            </li>
          ))}
        </ul>
      )}
      <p>Error code: {error.code}</p>
    </SectionMessage>
  );
}
