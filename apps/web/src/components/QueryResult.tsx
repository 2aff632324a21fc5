import type { ReactNode } from 'react';
import type { QueryState } from '../api/useGraphqlQuery';
import { LoadError, type LoadErrorProps } from './LoadError';

type QueryResultProps<TResult> = {
  query: QueryState<TResult> & { retry: () => void };
  /** What is said while it loads, e.g. "Chargement de la proposition…". */
  loading: string;
  /** What could not be loaded, said above the API's reason. */
  errorTitle: string;
  titleAs?: LoadErrorProps['titleAs'];
  /** Called when the retry button, which disappears while loading, is pressed: the focus has to go somewhere. */
  onRetry?: () => void;
  children: (data: TResult) => ReactNode;
};

/** A query's answer: a wait (announced), its error with a retry button, then what its data shows. */
export function QueryResult<TResult>({
  query,
  loading,
  errorTitle,
  titleAs,
  onRetry,
  children,
}: QueryResultProps<TResult>) {
  switch (query.status) {
    case 'loading':
      return <p role="status">{loading}</p>;
    case 'error':
      return (
        <LoadError
          title={errorTitle}
          reason={query.message}
          titleAs={titleAs}
          onRetry={() => {
            query.retry();
            onRetry?.();
          }}
        />
      );
    case 'success':
      return children(query.data);
  }
}
