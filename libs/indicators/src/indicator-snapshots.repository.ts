import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PublishedCell } from './privacy';

export interface SnapshotRow {
  week: string;
  breakdown: string;
  label: string;
  value: number | null;
  display: string;
  suppressed: boolean;
}

/** The weekly snapshots' table, the library's only one. */
@Injectable()
export class IndicatorSnapshotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes a week's figures unless that week already has them: how many rows were new. */
  async insertWeek(code: string, week: string, cells: readonly PublishedCell[]): Promise<number> {
    if (cells.length === 0) return 0;
    const rows: { breakdown: string }[] = await this.dataSource.query(
      `INSERT INTO indicator_snapshot (indicator_code, week, breakdown, label, value, display, suppressed)
       SELECT $1, $2::date, cell.key, cell.label, cell.value, cell.display, cell.suppressed
       FROM jsonb_to_recordset($3::jsonb)
         AS cell(key text, label text, value double precision, display text, suppressed boolean)
       ON CONFLICT ON CONSTRAINT indicator_snapshot_pkey DO NOTHING
       RETURNING breakdown`,
      [code, week, JSON.stringify(cells)],
    );
    return rows.length;
  }

  async hasWeek(code: string, week: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM indicator_snapshot WHERE indicator_code = $1 AND week = $2::date LIMIT 1`,
      [code, week],
    );
    return rows.length > 0;
  }

  series(code: string, from: string, to: string): Promise<SnapshotRow[]> {
    return this.dataSource.query(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, breakdown, label, value, display, suppressed
       FROM indicator_snapshot WHERE indicator_code = $1 AND week >= $2::date AND week < $3::date
       ORDER BY week, breakdown`,
      [code, from, to],
    );
  }
}
