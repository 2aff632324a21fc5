import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { projectRoot } from '@ouvroir/core';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';

/** The committed SDL the web client's types are generated from; a test fails when it drifts. */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
  await app.close();
  return schemaText(schema);
}

export const schemaText = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;

export const schemaFile = join(projectRoot, 'apps/api/schema.graphql');

if (require.main === module) {
  void buildSchemaText().then((text) => writeFileSync(schemaFile, text));
}
