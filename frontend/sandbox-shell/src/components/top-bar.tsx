import Avatar from '@atlaskit/avatar';
import Button, { LinkButton } from '@atlaskit/button/new';
import DropdownMenu, { type CustomTriggerProps, DropdownItem, DropdownItemGroup } from '@atlaskit/dropdown-menu';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';

import { useShell } from '../shell-context';

const barStyle = {
  display: 'flex',
  alignItems: 'center',
  gap: token('space.100'),
  height: '56px',
  paddingInline: token('space.200'),
  borderBottom: `1px solid ${token('color.border')}`,
  background: token('elevation.surface'),
} as const;

/** Jira's top bar menus open from quiet buttons, not outlined ones. */
function subtleTrigger(label: string) {
  return function Trigger({ triggerRef, ...props }: CustomTriggerProps<HTMLButtonElement>) {
    return <Button {...props} ref={triggerRef} appearance="subtle">{label} ▾</Button>;
  };
}

/** Jira's top navigation: product links, the Apps menu (Keystone's general pages), settings, user. */
export function TopBar({ newNotifications }: { newNotifications: number }) {
  const { site, user, setUser, theme, toggleTheme } = useShell();
  const generalPages = Object.entries(site.modules).filter(([, m]) => m.type === 'generalPages');
  const current = site.users.find((u) => u.accountId === user);

  return (
    <header style={barStyle}>
      <div style={{ paddingInlineEnd: token('space.200') }}>
        <Text weight="bold" color="color.text.brand">
          Jira <Text color="color.text.subtlest">· Keystone sandbox</Text>
        </Text>
      </div>
      <LinkButton appearance="subtle" href="#/dashboard" testId="nav-dashboard">
        Dashboards
      </LinkButton>
      <DropdownMenu trigger={subtleTrigger('Apps')} testId="nav-apps">
        <DropdownItemGroup title="Keystone">
          {generalPages.map(([key, m]) => (
            <DropdownItem key={key} href={`#/apps/${key}`} testId={`nav-app-${key}`}>
              {m.name}
            </DropdownItem>
          ))}
        </DropdownItemGroup>
      </DropdownMenu>
      <LinkButton appearance="subtle" href="#/sandbox" testId="nav-sandbox">
        <Inline space="space.050" alignBlock="center">
          Sandbox
          {newNotifications > 0 && (
            <span data-testid="notification-badge">
              <Lozenge appearance="new">
                {newNotifications}
              </Lozenge>
            </span>
          )}
        </Inline>
      </LinkButton>
      <div style={{ flex: 1 }} />
      <DropdownMenu trigger={subtleTrigger('Settings')} testId="nav-settings">
        <DropdownItemGroup title="Jira settings → Apps">
          <DropdownItem href="#/admin" testId="nav-admin">Keystone</DropdownItem>
          <DropdownItem href="#/admin/configure">Configure Keystone</DropdownItem>
        </DropdownItemGroup>
      </DropdownMenu>
      <Button appearance="subtle" onClick={toggleTheme} testId="theme-toggle">
        {theme === 'dark' ? 'Light mode' : 'Dark mode'}
      </Button>
      <DropdownMenu
        testId="user-switch"
       
        placement="bottom-end"
        trigger={({ triggerRef, ...props }) => (
          <Button {...props} ref={triggerRef} appearance="subtle">
            <Inline space="space.100" alignBlock="center">
              <Avatar size="small" name={current?.displayName ?? user} />
              {current?.displayName ?? user}
            </Inline>
          </Button>
        )}
      >
        <DropdownItemGroup title="Act as">
          {site.users.map((u) => (
            <DropdownItem
              key={u.accountId}
              isSelected={u.accountId === user}
              onClick={() => {
                setUser(u.accountId);
              }}
              testId={`user-${u.accountId}`}
              elemBefore={<Avatar size="small" name={u.displayName} />}
            >
              {u.displayName}
            </DropdownItem>
          ))}
        </DropdownItemGroup>
      </DropdownMenu>
    </header>
  );
}
