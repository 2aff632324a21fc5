import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { AppConfig, DomainError, InjectConfig, Public } from '@ouvroir/core';
import type { FastifyReply } from 'fastify';
import { CommonsService } from '../commons.service';
import { JsonLdService } from '../open-data/json-ld.service';
import { bareIndexHtml, withPageHead } from '../open-data/page-head';
import { PubliccodeService } from './publiccode.service';

/**
 * A common's addresses that are not the web client's alone: its publiccode.yml, and its page, served
 * with its title, description and schema.org JSON-LD in the HTML (docs/open-data.md).
 */
@Controller('communs')
export class CommonPagesController {
  private indexHtml?: string;

  constructor(
    private readonly publiccode: PubliccodeService,
    private readonly commons: CommonsService,
    private readonly jsonLd: JsonLdService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Public()
  @Get(':slug/publiccode.yml')
  async publiccodeYml(@Param('slug') slug: string, @Res() reply: FastifyReply) {
    const text = await this.publiccode.exportOf(slug);
    await reply
      .header('content-type', 'text/yaml; charset=utf-8')
      .header('content-disposition', `inline; filename="publiccode.yml"`)
      .header('cache-control', 'no-cache')
      .send(text);
  }

  /**
   * The page: the web client's index.html with the common's head (unchanged for an unknown address,
   * whose page the client says is missing); `Accept: application/ld+json` gets the JSON-LD alone.
   */
  @Public()
  @Get(':slug')
  async page(@Param('slug') slug: string, @Headers('accept') accept: string | undefined, @Res() reply: FastifyReply) {
    const common = await this.commons.findBySlug(slug);
    const [jsonLd] = common ? await this.jsonLd.jsonLdOf([common]) : [undefined];
    const wantsHtml = (accept ?? '').includes('text/html');
    if (!wantsHtml && (accept ?? '').includes('application/ld+json')) {
      if (!jsonLd) throw DomainError.of('COMMON_NOT_FOUND');
      return reply.header('content-type', 'application/ld+json; charset=utf-8').send(JSON.stringify(jsonLd));
    }
    const index = this.index();
    const html = common
      ? withPageHead(index, {
          title: `${common.name} — Communs numériques — Ouvroir`,
          description: common.summary,
          jsonLd,
        })
      : index;
    return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  }

  /** The built client's index.html, read once (it changes only with a new build, hence a restart). */
  private index(): string {
    if (this.indexHtml === undefined) {
      const file = join(this.config.webDistDir, 'index.html');
      this.indexHtml = existsSync(file) ? readFileSync(file, 'utf8') : bareIndexHtml();
    }
    return this.indexHtml;
  }
}
