import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/graphql-request';
import type { PaginatedList } from '../api/useConnection';
import { LoadError } from './LoadError';

/** The translations of a list: each has `loading`, `errorTitle`, `count` (plural) and `empty`; tables a `caption`. */
export type ListTexts =
  | 'administration.users'
  | 'administration.organisations'
  | 'administration.mailDeliveries'
  | 'notifications.list'
  | 'groups.directory'
  | 'group.memberList'
  | 'group.requests'
  | 'journal.list'
  | 'userPicker'
  | 'proposals.list'
  | 'proposal.comments.list'
  | 'proposal.history.list'
  | 'votes.agenda.proposals'
  | 'votes.agenda.upcoming'
  | 'votes.agenda.open'
  | 'votes.agenda.closed'
  | 'votes.ballots'
  | 'commons.list'
  | 'search.list'
  | 'calls.list';

export type PaginatedResultsProps<TNode> = {
  texts: ListTexts;
  results: PaginatedList<TNode>;
  /** The nodes as a table or a list. */
  children: (nodes: TNode[]) => ReactNode;
  /** The element of the index-th item that takes the focus after "Voir plus", as a selector inside the list. */
  itemSelector: (index: number) => string;
  /** Called when the retry button, which disappears while loading, is pressed: the focus has to go somewhere. */
  onRetry: () => void;
  /** The level of the error's title, to fit the page's outline. */
  titleAs?: 'h2' | 'h3';
};

/** A paginated list's states: loading, error, the count (announced), the items and "Voir plus". */
export function PaginatedResults<TNode extends { id: string }>({
  texts,
  results,
  children,
  itemSelector,
  onRetry,
  titleAs = 'h2',
}: PaginatedResultsProps<TNode>) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const [focusedItem, setFocusedItem] = useState<number>();

  // After "Voir plus", keyboard and screen-reader users go on reading at the first new item.
  useEffect(() => {
    if (focusedItem === undefined) return;
    const target = list.current?.querySelector<HTMLElement>(itemSelector(focusedItem));
    if (target && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target?.focus();
  }, [focusedItem, itemSelector]);

  if (results.data === undefined) {
    if (!results.isError) return <p role="status">{t(`${texts}.loading`)}</p>;
    return (
      <LoadError
        title={t(`${texts}.errorTitle`)}
        reason={messageOf(results.error)}
        titleAs={titleAs}
        onRetry={() => {
          void results.refetch();
          onRetry();
        }}
      />
    );
  }

  const { nodes, totalCount, totalIsCapped } = results.data;
  const { hasNextPage, isFetchingNextPage } = results;
  // The results shown answer an older search while the current one loads.
  const searching = results.isPlaceholderData;

  const loadMore = async () => {
    if (isFetchingNextPage) return;
    const next = await results.fetchNextPage();
    if (!next.isError && (next.data?.nodes.length ?? 0) > nodes.length) setFocusedItem(nodes.length);
  };

  return (
    <>
      <p role="status" className={fr.cx('fr-text--bold')}>
        {searching
          ? t('lists.searching')
          : totalIsCapped
            ? t('lists.countCapped', { count: totalCount })
            : t(`${texts}.count`, { count: totalCount })}
        {!searching && hasNextPage && ` ${t('lists.shown', { count: nodes.length })}`}
      </p>
      {nodes.length === 0 ? <p>{t(`${texts}.empty`)}</p> : <div ref={list}>{children(nodes)}</div>}
      {results.isFetchNextPageError && (
        <Alert
          severity="error"
          small
          description={t('lists.loadMoreError', { reason: messageOf(results.error) })}
          className={fr.cx('fr-mb-3w')}
        />
      )}
      {hasNextPage && (
        <Button
          // A list may stand inside a form (the people to pick from): this button sends nothing.
          type="button"
          priority="secondary"
          iconId="fr-icon-arrow-down-line"
          // Not disabled while loading: a disabled button would drop the keyboard focus.
          onClick={() => void loadMore()}
        >
          {isFetchingNextPage ? t('lists.loadingMore') : t('lists.loadMore')}
        </Button>
      )}
    </>
  );
}
