import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { DomainError, Public } from '@ouvroir/core';
import type { FastifyReply } from 'fastify';
import { IndicatorSnapshotsService } from './indicator-snapshots.service';
import { IndicatorRequest, IndicatorsService } from './indicators.service';
import { definitionModel } from './indicators.resolver';
import {
  indicatorCsv,
  indicatorJson,
  indicatorTableSchema,
  LICENCE,
  PRODUCER,
  seriesCsv,
  seriesTableSchema,
} from './open-data';

const FILE = /^([a-z0-9-]{1,80})\.(csv|json|schema\.json|serie\.csv|serie\.schema\.json)$/;

/**
 * `GET /donnees/indicateurs/<code>.csv|.json|.schema.json|.serie.csv|.serie.schema.json?from=&to=&domain=&group=`: each indicator's
 * figures as open data, with the same rules as the GraphQL queries; `/donnees/indicateurs` lists them.
 */
@Controller('donnees/indicateurs')
export class IndicatorsOpenDataController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly snapshots: IndicatorSnapshotsService,
  ) {}

  @Public()
  @Get()
  catalogue() {
    return {
      producer: PRODUCER,
      licence: LICENCE,
      indicators: this.indicators.list().map((definition) => ({
        ...definitionModel(definition),
        files: ['csv', 'json', 'schema.json', 'serie.csv', 'serie.schema.json'].map(
          (kind) => `/donnees/indicateurs/${definition.code}.${kind}`,
        ),
      })),
    };
  }

  @Public()
  @Get(':file')
  async file(@Param('file') file: string, @Query() query: IndicatorRequest, @Res() reply: FastifyReply) {
    const match = FILE.exec(file);
    if (!match) throw DomainError.of('INDICATOR_UNKNOWN', { code: file.slice(0, 80) });
    const [, code, kind] = match;
    if (kind === 'schema.json') {
      return reply
        .header('cache-control', 'public, max-age=3600')
        .send(indicatorTableSchema(this.indicators.definition(code)));
    }
    if (kind === 'serie.schema.json') {
      return reply
        .header('cache-control', 'public, max-age=3600')
        .send(seriesTableSchema(this.indicators.definition(code)));
    }
    const text = (name: keyof IndicatorRequest) => (typeof query[name] === 'string' ? query[name] : undefined);
    if (kind === 'serie.csv') {
      const rows = await this.snapshots.series(code, { from: text('from'), to: text('to') });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="serie-${code}.csv"`)
        .header('cache-control', 'public, max-age=3600')
        .send(seriesCsv(code, rows));
    }
    const value = await this.indicators.value(code, {
      from: text('from'),
      to: text('to'),
      domain: text('domain'),
      group: text('group'),
    });
    void reply.header('cache-control', 'public, max-age=60');
    if (kind === 'json') return reply.send(indicatorJson(value));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="indicateur-${code}.csv"`)
      .send(indicatorCsv(value));
  }
}
