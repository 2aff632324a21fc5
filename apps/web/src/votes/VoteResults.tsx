import { fr } from '@codegouvfr/react-dsfr';
import { Table } from '@codegouvfr/react-dsfr/Table';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../gql/graphql';
import { VoteOutcomeBadge } from './VoteBadges';
import { grades, positions, type Vote, type VoteResult } from './votes';

/** The grades' colours, from the best (green) to the worst (red): the figures are in the table beside. */
const gradeColours: Record<Grade, string> = {
  excellent: '#18753c',
  very_good: '#3a9d5d',
  good: '#8bc34a',
  fairly_good: '#f3d64e',
  passable: '#f4a340',
  insufficient: '#e4794a',
  reject: '#ce0500',
};

const barColour = fr.colors.decisions.background.actionHigh.blueFrance.default;
const trackColour = fr.colors.decisions.background.contrast.grey.default;

const percent = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 100) : 0);

/** The published result: the outcome, then a chart (hidden from screen readers) and a table with the same figures. */
export function VoteResults({ vote, result }: { vote: Pick<Vote, 'method' | 'quorumPercent'>; result: VoteResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="vote-results" className={fr.cx('fr-mb-6w')}>
      <h2 id="vote-results">{t('results.heading')}</h2>
      <p className={fr.cx('fr-text--lead', 'fr-mb-2w')}>
        <VoteOutcomeBadge outcome={result.outcome} />
      </p>
      <p>
        {t('results.summary', { count: result.ballots, eligible: result.eligibleVoters })}{' '}
        {result.quorumReached
          ? t('results.quorumReached', { percent: vote.quorumPercent })
          : t('results.quorumMissed', { percent: vote.quorumPercent })}
      </p>
      {vote.method === 'for_against_abstain' && <PositionResults result={result} />}
      {vote.method === 'majority_judgment' && <MeritProfile result={result} />}
      {vote.method === 'approval' && <ApprovalResults result={result} />}
    </section>
  );
}

/** A horizontal bar, for the eyes only. */
function Bar({ label, value, total }: { label: string; value: number; total: number }) {
  return (
    <div className={fr.cx('fr-mb-1w')}>
      <div className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        {label} : {value}
      </div>
      <div style={{ background: trackColour, height: '1.5rem', width: '100%' }}>
        <div style={{ background: barColour, height: '100%', width: `${percent(value, total)}%` }} />
      </div>
    </div>
  );
}

function PositionResults({ result }: { result: VoteResult }) {
  const { t } = useTranslation();
  const counts = { for: result.for ?? 0, against: result.against ?? 0, abstain: result.abstain ?? 0 };
  return (
    <>
      <div aria-hidden="true" className={fr.cx('fr-mb-3w')} style={{ maxWidth: '40rem' }}>
        {positions.map((position) => (
          <Bar
            key={position}
            label={t(`ballot.positions.${position}`)}
            value={counts[position]}
            total={result.ballots}
          />
        ))}
      </div>
      <Table
        caption={t('results.tableCaption')}
        headers={[t('results.choice'), t('results.votes'), t('results.share')]}
        data={positions.map((position) => [
          t(`ballot.positions.${position}`),
          String(counts[position]),
          `${percent(counts[position], result.ballots)} %`,
        ])}
      />
    </>
  );
}

function MeritProfile({ result }: { result: VoteResult }) {
  const { t } = useTranslation();
  const options = result.options ?? [];
  const countOf = (option: (typeof options)[number], grade: Grade) =>
    option.profile?.find((count) => count.grade === grade)?.count ?? 0;
  const segment = (grade: Grade, share: number): CSSProperties => ({
    background: gradeColours[grade],
    width: `${share}%`,
    height: '100%',
  });
  return (
    <>
      <div aria-hidden="true" className={fr.cx('fr-mb-3w')}>
        <h3 className={fr.cx('fr-h6')}>{t('results.meritProfile')}</h3>
        <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
          {grades.map((grade) => (
            <li key={grade} className={fr.cx('fr-text--sm', 'fr-mb-0')}>
              <span
                style={{
                  display: 'inline-block',
                  width: '1rem',
                  height: '1rem',
                  marginRight: '0.25rem',
                  verticalAlign: 'middle',
                  background: gradeColours[grade],
                }}
              />
              {t(`ballot.grades.${grade}`)}
            </li>
          ))}
        </ul>
        {options.map((option) => (
          <div key={option.key} className={fr.cx('fr-mb-2w')}>
            <div className={fr.cx('fr-text--sm', 'fr-mb-0')}>
              {option.rank}. <span lang="fr">{option.label}</span>
              {option.majorityGrade && ` — ${t(`ballot.grades.${option.majorityGrade}`)}`}
            </div>
            <div
              style={{
                display: 'flex',
                height: '1.5rem',
                width: '100%',
                background: trackColour,
                position: 'relative',
              }}
            >
              {grades.map((grade) => (
                <div key={grade} style={segment(grade, percent(countOf(option, grade), result.ballots))} />
              ))}
              {/* The median: the majority grade is the one under this line. */}
              <div
                style={{
                  position: 'absolute',
                  left: '50%',
                  top: '-0.25rem',
                  bottom: '-0.25rem',
                  borderLeft: '2px solid',
                }}
              />
            </div>
          </div>
        ))}
      </div>
      <Table
        caption={t('results.meritCaption')}
        headers={[
          t('results.rank'),
          t('results.option'),
          t('results.majorityGrade'),
          ...grades.map((grade) => t(`ballot.grades.${grade}`)),
        ]}
        data={options.map((option) => [
          String(option.rank),
          <span lang="fr">{option.label}</span>,
          option.majorityGrade ? t(`ballot.grades.${option.majorityGrade}`) : '',
          ...grades.map((grade) => String(countOf(option, grade))),
        ])}
      />
    </>
  );
}

function ApprovalResults({ result }: { result: VoteResult }) {
  const { t } = useTranslation();
  const options = result.options ?? [];
  return (
    <>
      <div aria-hidden="true" className={fr.cx('fr-mb-3w')} style={{ maxWidth: '40rem' }}>
        {options.map((option) => (
          <Bar key={option.key} label={option.label} value={option.approvals ?? 0} total={result.ballots} />
        ))}
      </div>
      <Table
        caption={t('results.approvalCaption')}
        headers={[t('results.rank'), t('results.option'), t('results.approvals'), t('results.share')]}
        data={options.map((option) => [
          String(option.rank),
          <span lang="fr">{option.label}</span>,
          String(option.approvals ?? 0),
          `${percent(option.approvals ?? 0, result.ballots)} %`,
        ])}
      />
    </>
  );
}
