import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ouvroir/core';
import { IndicatorDefinition } from './indicator.definitions';
import { IndicatorsService, IndicatorValue } from './indicators.service';
import { IndicatorDefinitionModel, IndicatorValueModel } from './models/indicator.model';

const day = (date: Date) => date.toISOString().slice(0, 10);

export const definitionModel = ({ compute: _compute, share: _share, ...fields }: IndicatorDefinition) => fields;

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
  constructor(private readonly service: IndicatorsService) {}

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
}
