import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Sets (or, empty, removes) one parameter of the address: filters and tabs live there so that a view can be shared,
 * without a history entry for each change nor a jump to the top of the page.
 */
export function useSetSearchParam() {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (name: string, value: string | undefined) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearchParams],
  );
}
