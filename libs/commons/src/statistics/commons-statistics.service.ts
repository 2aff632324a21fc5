import { Injectable } from '@nestjs/common';
import { CommonsStatisticsRepository, CountBy, WeeklyCount } from './commons-statistics.repository';

export interface CommonsStatistics {
  total: number;
  byKind: CountBy[];
  byStatus: CountBy[];
  byDomain: CountBy[];
  byLicence: CountBy[];
  /** `true` and `false`: open licences or not. */
  byLicenceOpen: CountBy[];
  byForge: CountBy[];
  /** The share (0–1) of commons with a public mirror among their repositories. */
  publicMirrorShare: number;
  /** Commons used by at least `minimumOrganisations` organisations. */
  usedByAtLeast: number;
  minimumOrganisations: number;
  declaredUsers: number;
  maintainerPeople: number;
  maintainerOrganisations: number;
}

/** Aggregate reads of the catalogue for the indicators (never personal data). */
@Injectable()
export class CommonsStatisticsService {
  constructor(private readonly repository: CommonsStatisticsRepository) {}

  async summary(minimumOrganisations = 3): Promise<CommonsStatistics> {
    const [byKind, byStatus, byDomain, byLicenceOpen, byLicence, byForge, figures] = await Promise.all([
      this.repository.countBy('kind'),
      this.repository.countBy('status'),
      this.repository.countBy('domain_id'),
      this.repository.countBy('licence_open'),
      this.repository.byLicence(),
      this.repository.byForge(),
      this.repository.figures(minimumOrganisations),
    ]);
    return {
      total: figures.total,
      byKind,
      byStatus,
      byDomain,
      byLicence,
      byLicenceOpen,
      byForge,
      publicMirrorShare: figures.total === 0 ? 0 : figures.withPublicMirror / figures.total,
      usedByAtLeast: figures.usedByAtLeast,
      minimumOrganisations,
      declaredUsers: figures.declaredUsers,
      maintainerPeople: figures.maintainerPeople,
      maintainerOrganisations: figures.maintainerOrganisations,
    };
  }

  /**
   * The people who maintained a common in [from, to): its maintainers who edited it (each edit is
   * a revision; the yearly confirmation is not counted, as it does not keep who confirmed). Ids for
   * the indicators, which count each active contributor once across domains and publish counts only.
   */
  activeMaintainerIds(period: { from: Date; to: Date }, domainId: string | null = null): Promise<string[]> {
    return this.repository.activeMaintainerIds(period.from, period.to, domainId);
  }

  createdByWeek(since: Date): Promise<WeeklyCount[]> {
    return this.repository.createdByWeek(since);
  }
}
