import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import { UnsubscribeService } from './unsubscribe.service';

/**
 * `POST /desabonnement/:token`: the one-click unsubscribe of RFC 8058, which mail clients send
 * (`List-Unsubscribe=One-Click`) without a session. The GET of the same address is the web page.
 */
@Controller('desabonnement')
export class UnsubscribeController {
  constructor(private readonly service: UnsubscribeService) {}

  @Public()
  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string) {
    const link = await this.service.confirm(token);
    return { kind: link.kind, cadence: link.cadence };
  }
}
