import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { PortalDumpService } from './portal-dump.service';

/** `GET /donnees/portail.json` (the index) and `GET /donnees/portail/<nom>-<AAAA-MM-JJ>.jsonl.gz`. */
@Controller('donnees')
export class PortalDumpController {
  constructor(private readonly dump: PortalDumpService) {}

  @Public()
  @Get('portail.json')
  index() {
    return this.dump.index();
  }

  @Public()
  @Get('portail/:file')
  async file(@Param('file') name: string, @Res() reply: FastifyReply) {
    const { lines } = this.dump.file(name);
    await reply
      .header('content-type', 'application/gzip')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'public, max-age=3600')
      .send(Readable.from(lines).pipe(createGzip()));
  }
}
