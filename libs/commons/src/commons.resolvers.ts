import { personField } from '@ouvroir/identity';
import { CommonMaintainerResolver, CommonPartsResolver, CommonUsageResolver } from './common-parts.resolver';
import { CommonsResolver } from './commons.resolver';
import { CommonMaintainerModel, CommonRevisionModel } from './models/common.models';
import { PUBLICCODE_RESOLVERS } from './publiccode/publiccode.parts';

// The people a common names: its maintainers in person, the authors of its revisions.
const MaintainerPersonResolver = personField(
  CommonMaintainerModel,
  'userId',
  'La personne, pour un mainteneur personne.',
);
const RevisionAuthorResolver = personField(CommonRevisionModel, 'authorId', 'Qui l’a faite.');

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const COMMONS_RESOLVERS = [
  CommonsResolver,
  CommonPartsResolver,
  CommonMaintainerResolver,
  CommonUsageResolver,
  MaintainerPersonResolver,
  RevisionAuthorResolver,
  ...PUBLICCODE_RESOLVERS,
];
