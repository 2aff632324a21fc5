import { ExecutionContext } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLSchemaHost, Query, Resolver } from '@nestjs/graphql';
import { SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { Public } from '@ouvroir/core';
import { AccessGuard } from '@ouvroir/identity';
import { startTestApp, TestApp } from '../support/app';
import { classesOf, operationsOf, rootFieldsOf } from '../support/operations';

/**
 * What anyone may call without an account. Adding to this list is a decision about the public's
 * access: review it as such.
 */
const PUBLIC_OPERATIONS = [
  'GET /.well-known/jwks.json',
  'GET /auth/:provider/callback',
  'GET /auth/:provider/login',
  'GET /calls/:id/results.csv',
  'GET /calls/:id/results.schema.json',
  'GET /communs/:slug',
  'GET /communs/:slug/publiccode.yml',
  'GET /donnees/communs.csv',
  'GET /donnees/communs.json',
  'GET /donnees/communs.schema.json',
  'GET /donnees/indicateurs',
  'GET /donnees/indicateurs/:file',
  'GET /donnees/portail.json',
  'GET /donnees/portail/:file',
  'GET /health',
  'GET /metrics',
  'GET /ready',
  'GET /votes/:id/ledger.json',
  'Mutation.unsubscribe',
  'POST /auth/logout',
  'POST /desabonnement/:token',
  'Query.ballotByReceipt',
  'Query.call',
  'Query.callResults',
  'Query.calls',
  'Query.channel',
  'Query.common',
  'Query.commons',
  'Query.contributor',
  'Query.developmentMails',
  'Query.domain',
  'Query.domains',
  'Query.group',
  'Query.groupsDirectory',
  'Query.identityProviders',
  'Query.indicator',
  'Query.indicators',
  'Query.indicatorSeries',
  'Query.myHome',
  'Query.openBadge',
  'Query.organisationCommons',
  'Query.organisationContributors',
  'Query.proposal',
  'Query.scolomfrConcepts',
  'Query.search',
  'Query.searchProposals',
  'Query.submission',
  'Query.unsubscribeLink',
  'Query.vote',
];

describe('operations: access is denied unless declared', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const operations = () => operationsOf(classesOf(t.app.get(ModulesContainer)));

  it('finds every root field of the schema among the resolvers it scans', () => {
    const names = new Set(operations().map((operation) => operation.name));
    expect(rootFieldsOf(t.app.get(GraphQLSchemaHost).schema).filter((field) => !names.has(field))).toEqual([]);
  });

  it('has every query, mutation, live event and REST route declare who may call it', () => {
    const all = operations();
    expect(all.filter((operation) => operation.access === undefined).map((operation) => operation.name)).toEqual([]);
    // The live events and the REST routes are found too, not only GraphQL.
    expect(all.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['live channel:join', 'live message:send', 'live watch', 'GET /health']),
    );
  });

  it('lets the public call only the operations listed here', () => {
    const open = operations().filter((operation) => operation.access === 'public');
    expect(open.map((operation) => operation.name)).toEqual(PUBLIC_OPERATIONS);
  });

  it('refuses a signed-in operation to the public with UNAUTHENTICATED and its reason', async () => {
    const answer = await t.graphql('{ myChannels { id } }');
    expect(answer.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    expect(answer.body.errors[0].message).toBe('Identifiez-vous pour continuer.');
  });
});

describe('the operations check itself', () => {
  @Resolver()
  class ForgottenResolver {
    @Public()
    @Query(() => String)
    declared() {
      return 'public';
    }

    @Query(() => String, { name: 'secrets' })
    undeclared() {
      return 'leaked';
    }
  }

  @WebSocketGateway()
  class ForgottenGateway {
    @SubscribeMessage('secret:read')
    read() {
      return 'leaked';
    }
  }

  it('reports a query or a live event added without a declaration', () => {
    expect(operationsOf([ForgottenResolver, ForgottenGateway])).toEqual([
      { name: 'live secret:read', access: undefined },
      { name: 'Query.declared', access: 'public' },
      { name: 'Query.secrets', access: undefined },
    ]);
  });

  it('has the guard refuse an undeclared operation to everyone, signed in or not', () => {
    const guard = new AccessGuard(new Reflector());
    const prototype = ForgottenResolver.prototype as unknown as Record<string, () => unknown>;
    const call = (handler: () => unknown, user?: object): ExecutionContext => {
      const context = new ExecutionContextHost([{ user }, {}], ForgottenResolver, handler);
      context.setType('http');
      return context;
    };
    const someone = { id: 'u', platformRole: 'member' };
    expect(() => guard.canActivate(call(prototype.undeclared, someone))).toThrow(/ne déclare pas qui peut l’appeler/);
    expect(() => guard.canActivate(call(prototype.undeclared))).toThrow(/ne déclare pas qui peut l’appeler/);
    expect(guard.canActivate(call(prototype.declared))).toBe(true);
  });
});
