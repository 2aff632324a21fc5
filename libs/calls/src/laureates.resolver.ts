import { ResolveField, Resolver } from '@nestjs/graphql';
import { CommonModel, CommonRow, CommonsService } from '@ouvroir/commons';
import { requestLoader } from '@ouvroir/core';
import { actorOf } from '@ouvroir/identity';
import { SubmissionModel } from './models/submission.models';
import { SubmissionsService } from './submissions.service';
import { CallsService } from './calls.service';
import { submissionView, SubmissionView } from './views';

/**
 * The catalogue and the calls joined both ways: a common's page names the call it won and shows the
 * laureate's milestones; the results name each laureate's entry.
 */
@Resolver(() => CommonModel)
export class CommonLaureateResolver {
  constructor(
    private readonly calls: CallsService,
    private readonly submissions: SubmissionsService,
  ) {}

  @ResolveField(() => SubmissionModel, {
    nullable: true,
    description: 'La candidature lauréate que ce commun est devenu : son appel, ses porteurs, ses jalons.',
  })
  async laureateSubmission(common: CommonRow, _args: unknown, context: object): Promise<SubmissionView | null> {
    const actor = actorOf(context);
    if (!common.laureateCallId) return null;
    const laureates = await requestLoader(context, 'commonLaureates', async (ids: readonly string[]) => {
      const rows = await this.calls.laureatesOfCommons(ids);
      return ids.map((id) => rows.filter((row) => row.commonId === id));
    }).load(common.id);
    const laureate = laureates.find((row) => row.callId === common.laureateCallId);
    if (!laureate) return null;
    const { call, submission, viewer, reading } = await this.submissions.get(actor, laureate.id);
    return submissionView(call, submission, viewer, reading);
  }
}

/** Whoever reads a laureate submission reads its catalogue entry, public as the catalogue is. */
export const laureateCommonLoader = (context: object, commons: CommonsService) =>
  requestLoader(context, 'laureateCommons', async (ids: readonly string[]) => {
    const rows = await commons.findByIds(ids);
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });
