import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AppConfig,
  ConfigModule,
  graphqlOptions,
  JobsModule,
  LiveEventsModule,
  MetricsModule,
  TableChangesModule,
} from '@ouvroir/core';
import { ouvroirDataSourceOptions } from './database';
import { DOMAIN_MODULES } from './domain-libraries';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LiveEventsModule,
        TypeOrmModule.forRoot(ouvroirDataSourceOptions(databaseUrl)),
        MetricsModule,
        JobsModule,
        TableChangesModule,
        GraphQLModule.forRoot<MercuriusDriverConfig>(graphqlOptions(config)),
        HealthModule,
        ...DOMAIN_MODULES,
        DemoModule,
      ],
    };
  }
}
