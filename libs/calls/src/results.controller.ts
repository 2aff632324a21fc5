import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import { Actor, OptionalActor } from '@ouvroir/identity';
import type { FastifyReply } from 'fastify';
import { ResultsExportService } from './results-export.service';

/** `GET /calls/:id/results.csv` and its Table Schema: a decided call's results, for anyone. */
@Controller('calls')
export class ResultsController {
  constructor(private readonly exports: ResultsExportService) {}

  @Public()
  @Get(':id/results.csv')
  async csv(@Param('id') id: string, @OptionalActor() actor: Actor | null, @Res() reply: FastifyReply) {
    const csv = await this.exports.csv(actor, id);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="resultats-appel-${id}.csv"`)
      .send(csv);
  }

  @Public()
  @Get(':id/results.schema.json')
  async schema(@Param('id') id: string, @OptionalActor() actor: Actor | null, @Res() reply: FastifyReply) {
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify(await this.exports.schema(actor, id)));
  }
}
