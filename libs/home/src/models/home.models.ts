import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** The home page: its fields are asked lazily, each a block of what waits for the person or of the programme. */
@ObjectType('Home', {
  description:
    'La page d’accueil : ce qui m’attend (connecté) et le programme (pour tous). Chaque bloc est lu à la demande.',
})
export class HomeModel {
  @Field({ description: 'Connecté : les blocs personnels répondent ; sinon ils valent null.' })
  signedIn: boolean;
}

@ObjectType('PendingJoinRequests', { description: 'Les demandes d’adhésion d’un groupe qui attendent ma décision.' })
export class PendingJoinRequestsModel {
  @Field(() => ID)
  groupId: string;

  @Field(() => Int)
  count: number;
}
