import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@ouvroir/core';
import { BadgesService } from './badges.service';

/** The platform's public signing key, for anyone verifying an Open Badge it issued. */
@Controller('.well-known')
export class JwksController {
  constructor(private readonly badges: BadgesService) {}

  @Public()
  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=3600')
  jwks() {
    return this.badges.jwks();
  }
}
