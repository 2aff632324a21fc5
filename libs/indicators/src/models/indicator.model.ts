import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('IndicatorDefinition', { description: 'Un indicateur publié : sa définition et son mode de calcul.' })
export class IndicatorDefinitionModel {
  @Field({ description: 'Code stable, utilisé dans les adresses et les fichiers.' })
  code: string;

  @Field({ description: 'participation, production, gouvernance ou discussion.' })
  theme: string;

  @Field()
  name: string;

  @Field()
  definition: string;

  @Field()
  unit: string;

  @Field({ description: 'Ce que l’indicateur couvre.' })
  scope: string;

  @Field()
  computation: string;

  @Field({ description: 'Date (AAAA-MM-JJ) depuis laquelle la plateforme tient les données.' })
  since: string;

  @Field({ description: 'Se décline par domaine et par groupe.' })
  byGroup: boolean;
}

@ObjectType('IndicatorCell', {
  description: 'Un chiffre d’un indicateur ; sous 5 personnes, masqué (« moins de 5 »), comme son complément.',
})
export class IndicatorCellModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true, description: 'Absent quand le chiffre est masqué ou sans objet.' })
  value: number | null;

  @Field({ description: 'Le chiffre tel qu’affiché, en français.' })
  display: string;

  @Field()
  suppressed: boolean;
}

@ObjectType('IndicatorValue', { description: 'Les chiffres d’un indicateur sur une période et un périmètre.' })
export class IndicatorValueModel {
  @Field(() => IndicatorDefinitionModel)
  indicator: IndicatorDefinitionModel;

  @Field({ description: 'Début de la période (inclus), AAAA-MM-JJ.' })
  from: string;

  @Field({ description: 'Fin de la période (exclue), AAAA-MM-JJ.' })
  to: string;

  @Field(() => String, { nullable: true })
  domain: string | null;

  @Field(() => String, { nullable: true })
  group: string | null;

  @Field(() => [IndicatorCellModel])
  cells: IndicatorCellModel[];

  @Field()
  computedAt: Date;
}

@ObjectType('IndicatorSnapshot', { description: 'Un chiffre d’un indicateur pour une semaine, tel que publié.' })
export class IndicatorSnapshotModel {
  @Field({ description: 'Le lundi de la semaine, AAAA-MM-JJ.' })
  week: string;

  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field()
  display: string;

  @Field()
  suppressed: boolean;
}
