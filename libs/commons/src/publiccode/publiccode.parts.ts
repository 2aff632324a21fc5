import { JsonLdService } from '../open-data/json-ld.service';
import { OpenDataController } from '../open-data/open-data.controller';
import { OpenDataRepository } from '../open-data/open-data.repository';
import { OpenDataService } from '../open-data/open-data.service';
import { ForgeClient } from './forge-client';
import { CommonPagesController } from './publiccode.controller';
import { PubliccodeRepository } from './publiccode.repository';
import { PubliccodeResolver } from './publiccode.resolver';
import { PubliccodeService } from './publiccode.service';

/** publiccode.yml and open data in the commons module: its providers, REST controllers and resolvers. */
export const PUBLICCODE_PROVIDERS = [
  ForgeClient,
  PubliccodeRepository,
  PubliccodeService,
  OpenDataRepository,
  OpenDataService,
  JsonLdService,
];
export const PUBLICCODE_CONTROLLERS = [CommonPagesController, OpenDataController];
export const PUBLICCODE_RESOLVERS = [PubliccodeResolver];
