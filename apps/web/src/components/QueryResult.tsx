import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { messageOf } from '../api/graphql-request';
import { LoadError, type LoadErrorProps } from './LoadError';

type QueryResultProps<TResult> = {
  query: UseQueryResult<TResult>;
  /** What is said while it loads, e.g. "Chargement de la proposition…". */
  loading: string;
  /** What could not be loaded, said above the API's reason. */
  errorTitle: string;
  titleAs?: LoadErrorProps['titleAs'];
  /** Called when the retry button, which disappears while loading, is pressed: the focus has to go somewhere. */
  onRetry?: () => void;
  children: (data: TResult) => ReactNode;
};

/**
 * A query's answer: a wait (announced), its error with a retry button, then what its data shows. Data once shown
 * stays when reading it again fails.
 */
export function QueryResult<TResult>({
  query,
  loading,
  errorTitle,
  titleAs,
  onRetry,
  children,
}: QueryResultProps<TResult>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <LoadError
        title={errorTitle}
        reason={messageOf(query.error)}
        titleAs={titleAs}
        onRetry={() => {
          void query.refetch();
          onRetry?.();
        }}
      />
    );
  }
  return <p role="status">{loading}</p>;
}
