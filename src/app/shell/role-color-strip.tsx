import { COLOR_VALUES } from '../../features/switch-role/switch-role-form';
import { useConsoleStore } from '../../store/console-store';

/** While switched, the role's display colour runs under the navigation bar, as the console colours it. */
export function RoleColorStrip() {
  const color = useConsoleStore((s) => s.session.activeRole?.color);
  const value = color ? COLOR_VALUES[color] : undefined;
  if (!value) return null;
  return <div data-testid="role-color" data-color={color} style={{ height: 4, background: value }} aria-hidden="true" />;
}
