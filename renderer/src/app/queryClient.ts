import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server state. Reads are kept fresh by invalidation after each change (api/queries.ts)
 * and read again whenever a screen opens; never on a timer, on window focus or by retrying, because main
 * audits every read of a case and a refused request is refused for a reason. Unused results are dropped
 * after a minute: case records should not linger in memory once off screen.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 0, gcTime: 60_000, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
