import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One published figure of an indicator for one ISO week, as the public saw it (the small-count
 * rule applied): the time series. Its key makes a week snapshotted twice hold one row per figure.
 */
@Entity({ name: 'indicator_snapshot' })
export class IndicatorSnapshotEntity {
  @PrimaryColumn({ type: 'text', name: 'indicator_code', primaryKeyConstraintName: 'indicator_snapshot_pkey' })
  indicatorCode: string;

  /** The week's Monday. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'indicator_snapshot_pkey' })
  week: string;

  /** The figure's key within the indicator (`total`, `etat:adopted`…). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'indicator_snapshot_pkey' })
  breakdown: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text' })
  display: string;

  @Column({ type: 'boolean' })
  suppressed: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'computed_at' })
  computedAt: Date;
}
