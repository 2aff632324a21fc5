import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { readPlainFieldsInline } from './plain-fields';

@ObjectType()
class Sample {
  @Field()
  name: string;

  @Field({ name: 'title' })
  heading: string;

  @Field({ defaultValue: 'brouillon' })
  state: string;
}

@Resolver(() => Sample)
class SampleResolver {
  @Query(() => Sample)
  sample(): Sample {
    return { name: 'a', heading: 'b', state: 'c' };
  }
}

describe('readPlainFieldsInline', () => {
  it('removes Nest’s reader of a plain field, and keeps those of a renamed or defaulted one', async () => {
    const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    try {
      const schema = readPlainFieldsInline(await app.get(GraphQLSchemaFactory).create([SampleResolver]));
      const fields = (schema.getType('Sample') as GraphQLObjectType).getFields();
      expect(fields.name.resolve).toBeUndefined();
      expect(fields.title.resolve?.({ heading: 'Titre' }, {}, {}, undefined as never)).toBe('Titre');
      expect(fields.state.resolve?.({}, {}, {}, undefined as never)).toBe('brouillon');
    } finally {
      await app.close();
    }
  });
});
