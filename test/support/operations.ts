import { Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { Access, ACCESS_METADATA } from '@ouvroir/core';
import { GraphQLSchema } from 'graphql';

/** One way in: a GraphQL root field, a live event or a REST route, with the access it declares. */
export interface Operation {
  /** `Query.groupsDirectory`, `Mutation.castBallot`, `live channel:join`, `GET /auth/:provider/login`. */
  name: string;
  access: Access | undefined;
}

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];
const joinPaths = (...parts: (string | undefined)[]) =>
  `/${parts
    .filter((part): part is string => !!part && part !== '/')
    .map((part) => part.replace(/^\/|\/$/g, ''))
    .join('/')}`;

/** The operations the classes' methods answer (resolvers, gateways, controllers), with their declarations. */
export function operationsOf(classes: readonly Type[]): Operation[] {
  const reflector = new Reflector();
  const operations: Operation[] = [];
  for (const type of classes) {
    const prototype = type.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
      if (key === 'constructor' || typeof method !== 'function') continue;
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [method, type]);
      const rootType = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
      const event = Reflect.getMetadata('message', method) as string | undefined;
      const path = Reflect.getMetadata(PATH_METADATA, method) as string | undefined;
      if (rootType && ROOT_TYPES.includes(rootType)) {
        const field = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
        operations.push({ name: `${rootType}.${field}`, access });
      } else if (event) {
        operations.push({ name: `live ${event}`, access });
      } else if (path !== undefined) {
        const verb = HTTP_METHODS[Reflect.getMetadata(METHOD_METADATA, method) as number];
        operations.push({ name: `${verb} ${joinPaths(Reflect.getMetadata(PATH_METADATA, type), path)}`, access });
      }
    }
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every provider and controller class of a running app. */
export function classesOf(container: ModulesContainer): Type[] {
  const classes = new Set<Type>();
  for (const module of container.values()) {
    for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
      if (typeof wrapper.metatype === 'function' && wrapper.metatype.prototype) classes.add(wrapper.metatype as Type);
    }
  }
  return [...classes];
}

/** The root fields of a schema, named as `operationsOf` names them. */
export function rootFieldsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((type) => !!type)
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`))
    .sort();
}
