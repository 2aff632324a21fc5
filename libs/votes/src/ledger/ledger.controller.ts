import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import { Actor, OptionalActor } from '@ouvroir/identity';
import type { FastifyReply } from 'fastify';
import { LedgerService } from './ledger.service';

/** `GET /votes/:id/ledger.json`: a closed vote's ledger, byte for byte as the verifier checks it. */
@Controller('votes')
export class LedgerController {
  constructor(private readonly service: LedgerService) {}

  @Public()
  @Get(':id/ledger.json')
  async ledger(@Param('id') id: string, @OptionalActor() actor: Actor | null, @Res() reply: FastifyReply) {
    const { json } = await this.service.published(actor, id);
    await reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="registre-scrutin-${id}.json"`)
      .send(json);
  }
}
