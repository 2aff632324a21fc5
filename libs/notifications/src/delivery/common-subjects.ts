import { Injectable } from '@nestjs/common';
import { CommonsService, RelayService } from '@ouvroir/commons';

/**
 * The commons a notification speaks of: a common itself, or a message relayed to its maintainers
 * (one notification per message, so that none is folded into the next and lost). The catalogue is
 * public: anyone reads them.
 */
@Injectable()
export class CommonSubjects {
  constructor(
    private readonly commons: CommonsService,
    private readonly relay: RelayService,
  ) {}

  /** The common's name, or null when it is gone. */
  async title(subjectType: 'common' | 'common_message', subjectId: string): Promise<string | null> {
    const commonId =
      subjectType === 'common' ? subjectId : (await this.relay.messagesForNotices([subjectId]))[0]?.commonId;
    if (!commonId) return null;
    return (await this.commons.findByIds([commonId]))[0]?.name ?? null;
  }
}
