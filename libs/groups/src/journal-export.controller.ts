import { Controller, Get, Query, Res } from '@nestjs/common';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import type { FastifyReply } from 'fastify';
import { ExportParameters, JournalExportService } from './journal-export.service';

/**
 * `GET /journal/export.csv?groupId=&action=&since=&until=`: the journal as the journal page shows it to
 * the same person, as a spreadsheet file. `X-Journal-Truncated: 1` says the newest entries only are there.
 */
@Controller('journal')
export class JournalExportController {
  constructor(private readonly service: JournalExportService) {}

  @SignedIn()
  @Get('export.csv')
  async export(@CurrentActor() actor: Actor, @Query() parameters: ExportParameters, @Res() reply: FastifyReply) {
    const { csv, truncated } = await this.service.csv(actor, parameters);
    const day = new Date().toISOString().slice(0, 10);
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="journal-ouvroir-${day}.csv"`)
      .header('cache-control', 'no-store')
      .header('x-journal-truncated', truncated ? '1' : '0')
      .send(csv);
  }
}
