import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import { RACI_ROLES, ROLE_NAMES, type ScopeRaci } from '../../features/raci/raci';

import { InheritanceBadge } from './inheritance-badge';
import { PersonChip } from './person-chip';
import { RoleLozenge } from './role-lozenge';

/** Who holds each role on the item, own or inherited, with the source of each inherited one. */
export function EffectiveRaci({ raci }: { raci: ScopeRaci }) {
  return (
    <Stack space="space.100" testId="raci-effective">
      {RACI_ROLES.map((role) => {
        const holders = raci.effective[role];
        return (
          <Box key={role} testId={`raci-role-${role}`}>
            <Inline space="space.100" alignBlock="start">
              <RoleLozenge role={role} decorative />
              <Stack space="space.050">
                <Text weight="semibold">{ROLE_NAMES[role]}</Text>
                {holders.length === 0 ? (
                  <Text color="color.text.subtlest">Nobody</Text>
                ) : (
                  holders.map((holder) => (
                    <Inline
                      key={`${holder.accountId}-${holder.fromScope?.id ?? 'own'}`}
                      space="space.100"
                      alignBlock="center"
                      shouldWrap
                    >
                      <PersonChip person={holder.person} />
                      <InheritanceBadge inherited={holder.inherited} fromScope={holder.fromScope} />
                      {holder.note !== null && (
                        <Text size="small" color="color.text.subtle">
                          {holder.note}
                        </Text>
                      )}
                    </Inline>
                  ))
                )}
              </Stack>
            </Inline>
          </Box>
        );
      })}
    </Stack>
  );
}
