import { QueryClient } from '@tanstack/react-query';
import { useConsoleStore } from '../store/console-store';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // The cloud is local and synchronous: a failure is an answer (e.g. AccessDenied), not a flaky network.
      queries: { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Any write to the world, from this tab or another, refreshes what is shown. */
export function refreshOnWorldChange(queryClient: QueryClient) {
  return useConsoleStore.subscribe((state, previous) => {
    if (state.world.revision !== previous.world.revision) {
      void queryClient.invalidateQueries();
    }
  });
}
