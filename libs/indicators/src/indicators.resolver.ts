import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ouvroir/core';
import { IndicatorDefinition } from './definitions';
import { IndicatorsService, IndicatorValue } from './indicators.service';
import { IndicatorSnapshotsService } from './indicator-snapshots.service';
import { IndicatorDefinitionModel, IndicatorSnapshotModel, IndicatorValueModel } from './models/indicator.model';

const day = (date: Date) => date.toISOString().slice(0, 10);

export const definitionModel = ({
  compute: _compute,
  share: _share,
  historical: _historical,
  ...fields
}: IndicatorDefinition) => fields;

export const valueModel = (value: IndicatorValue): IndicatorValueModel => ({
  indicator: definitionModel(value.definition),
  from: day(value.from),
  to: day(value.to),
  domain: value.domain,
  group: value.group,
  cells: value.cells,
  computedAt: value.computedAt,
});

@Resolver()
export class IndicatorsResolver {
  constructor(
    private readonly service: IndicatorsService,
    private readonly snapshots: IndicatorSnapshotsService,
  ) {}

  @Query(() => [IndicatorDefinitionModel], { description: 'Les indicateurs publiés, sans compte.' })
  @Public()
  indicators(): IndicatorDefinitionModel[] {
    return this.service.list().map(definitionModel);
  }

  @Query(() => IndicatorValueModel, {
    description:
      'Les chiffres d’un indicateur, sans compte : période AAAA-MM-JJ (début inclus, fin exclue, 90 derniers jours par défaut, 10 ans au plus), domaine ou groupe public.',
  })
  @Public()
  async indicator(
    @Args('code') code: string,
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
    @Args('domain', { nullable: true }) domain?: string,
    @Args('group', { nullable: true }) group?: string,
  ): Promise<IndicatorValueModel> {
    return valueModel(await this.service.value(code, { from, to, domain, group }));
  }

  @Query(() => [IndicatorSnapshotModel], {
    description:
      'La série hebdomadaire d’un indicateur sur tout le programme, sans compte : semaines dont le lundi est dans la période (mêmes bornes que `indicator`).',
  })
  @Public()
  async indicatorSeries(
    @Args('code') code: string,
    @Args('from', { nullable: true }) from?: string,
    @Args('to', { nullable: true }) to?: string,
  ): Promise<IndicatorSnapshotModel[]> {
    const rows = await this.snapshots.series(code, { from, to });
    return rows.map(({ breakdown, ...row }) => ({ ...row, key: breakdown }));
  }
}
