import { useCallback, useState } from 'react';

import { useApi } from '../../lib/host-context';

import type { Risk } from './risk';
import { createRisk, patchRisk } from './risk-api';
import {
  checkDraft,
  describeRiskFailure,
  toCreateBody,
  toPatch,
  type RiskBody,
  type RiskDraft,
  type RiskFailure,
} from './risk-form';

export interface SaveRiskState {
  busy: boolean;
  failure: RiskFailure | null;
  save: (draft: RiskDraft) => void;
  clear: () => void;
}

/** Creates (no `original`) or patches the changed fields of a risk; `onSaved` hears the result. */
export function useSaveRisk(original: Risk | null, onSaved: (risk: Risk) => void): SaveRiskState {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<RiskFailure | null>(null);

  const save = useCallback(
    (draft: RiskDraft) => {
      const local = checkDraft(draft);
      if (Object.keys(local).length > 0) {
        setFailure({ fields: local, other: null });
        return;
      }
      const request =
        original === null
          ? createRisk(api, toCreateBody(draft) as RiskBody)
          : patchRisk(api, original, toPatch(original, draft));
      setBusy(true);
      setFailure(null);
      request.then(
        (risk) => {
          setBusy(false);
          onSaved(risk);
        },
        (error: unknown) => {
          setBusy(false);
          setFailure(describeRiskFailure(error));
        },
      );
    },
    [api, original, onSaved],
  );
  const clear = useCallback(() => {
    setFailure(null);
  }, []);
  return { busy, failure, save, clear };
}
