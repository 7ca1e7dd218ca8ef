import { ProblemError } from '../../lib/problem-error';

/** What each rule means for the person editing, in their words rather than the code's. */
export const RULE_EXPLANATIONS: Readonly<Record<string, string>> = {
  RACI_ONE_ACCOUNTABLE:
    'Only one person may be Accountable. Choose a single Accountable here, or set one on this item ' +
    'to settle the programs that disagree.',
  RACI_NO_ACCOUNTABLE:
    'Someone must be Accountable. Choose one here, or set one on a parent item or the program.',
  RACI_NO_RESPONSIBLE:
    'At least one person must be Responsible. Choose one here, or set one on a parent item or the program.',
  RACI_UNKNOWN_USER: 'Jira does not know one of the people chosen; pick them again from the list.',
  RACI_VERSION_MISMATCH:
    'Someone else changed this RACI while you were editing. Reload it, then make your change again.',
};

export interface Violation {
  code: string;
  message: string;
}

const LEADING_CODE = /^(RACI_[A-Z_]+)\b[\s:.-]*/;

/**
 * The broken rules of a refused save: one per `errors[]` entry (each message starts with its
 * rule code), or the problem's own code when it lists none. Explanations replace the codes.
 */
export function violationsOf(error: unknown): Violation[] {
  if (!(error instanceof ProblemError)) return [];
  const fromErrors = error.errors.map((fieldError): Violation => {
    const match = LEADING_CODE.exec(fieldError.message);
    const code = match?.[1] ?? error.code;
    const rest = match === null ? fieldError.message : fieldError.message.slice(match[0].length);
    return { code, message: RULE_EXPLANATIONS[code] ?? (rest === '' ? fieldError.message : rest) };
  });
  if (fromErrors.length > 0) return fromErrors;
  const explanation = RULE_EXPLANATIONS[error.code];
  return explanation === undefined ? [] : [{ code: error.code, message: explanation }];
}
