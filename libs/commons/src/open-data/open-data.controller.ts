import { Readable } from 'node:stream';
import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import type { FastifyReply } from 'fastify';
import { tableSchema } from './open-data-format';
import { OpenDataService } from './open-data.service';

/** The catalogue as open data (docs/open-data.md): CSV, JSON and the CSV's Table Schema, for everyone. */
@Controller('donnees')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('communs.csv')
  async csv(@Res() reply: FastifyReply) {
    await this.send(reply, 'text/csv; charset=utf-8', 'communs.csv', this.openData.csv());
  }

  @Public()
  @Get('communs.json')
  async json(@Res() reply: FastifyReply) {
    await this.send(reply, 'application/json; charset=utf-8', 'communs.json', this.openData.json());
  }

  @Public()
  @Get('communs.schema.json')
  async schema(@Res() reply: FastifyReply) {
    await reply
      .header('content-type', 'application/schema+json; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(JSON.stringify(tableSchema(), null, 2));
  }

  private async send(reply: FastifyReply, type: string, file: string, body: AsyncGenerator<string>) {
    const lastUpdate = await this.openData.lastUpdate();
    if (lastUpdate) void reply.header('last-modified', new Date(lastUpdate).toUTCString());
    await reply
      .header('content-type', type)
      .header('content-disposition', `inline; filename="${file}"`)
      .header('cache-control', 'no-cache')
      .send(Readable.from(body));
  }
}
