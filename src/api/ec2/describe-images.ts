import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The AMIs Launch instances offers under Quick Start (every image the region has). */
export function useDescribeImages() {
  return useQuery(cloudQuery(useConsoleSession(), 'ec2:DescribeImages', {}));
}
