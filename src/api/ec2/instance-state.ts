import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

export type InstanceStateAction = 'start' | 'stop' | 'reboot' | 'terminate';

/** Instance state ▾: one EC2 call per menu item, for the selected instances. */
async function changeState(action: InstanceStateAction, InstanceIds: string[]) {
  switch (action) {
    case 'start': return call('ec2:StartInstances', { InstanceIds });
    case 'stop': return call('ec2:StopInstances', { InstanceIds });
    case 'reboot': return call('ec2:RebootInstances', { InstanceIds });
    case 'terminate': return call('ec2:TerminateInstances', { InstanceIds });
  }
}

export function useChangeInstanceState() {
  return useMutation({
    mutationFn: ({ action, instanceIds }: { action: InstanceStateAction; instanceIds: string[] }) => changeState(action, instanceIds),
  });
}
