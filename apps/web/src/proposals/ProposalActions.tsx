import { fr } from '@codegouvfr/react-dsfr';
import { Button, type ButtonProps } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agreementContext } from '../i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { pickedPerson } from '../components/form-schema';
import { useAction } from '../components/useAction';
import { useFormSubmission } from '../components/useFormSubmission';
import type { ProposalTransition } from '../gql/graphql';
import { UserPicker, type PickedUser } from '../groups/UserPicker';
import { useSession } from '../identity/useSession';
import { useInviteCoauthor, useSupportProposal, useTransitionProposal, type Proposal } from './proposals';

// One dialog for every transition, opened by script: each asks for an optional reason before the act.
const transitionModal = createModal({ id: 'proposal-transition', isOpenedByDefault: false });

/**
 * What the viewer may do with the proposal, and only that: support it, edit it, move it through the workflow
 * (the API's `allowedTransitions`), invite a co-author.
 */
export function ProposalActions({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const session = useSession();
  const action = useAction();
  const supportProposal = useSupportProposal();
  const transitionProposal = useTransitionProposal();
  const inviteCoauthor = useInviteCoauthor();
  const heading = useRef<HTMLHeadingElement>(null);
  const [transition, setTransition] = useState<ProposalTransition>();
  const [inviting, setInviting] = useState(false);
  const permissions = proposal.viewerPermissions;

  /** Resolves to whether the act was done; its news shows above the buttons. */
  const act = (run: () => Promise<unknown>, success: string) =>
    action.run(async () => {
      await run();
      return success;
    });

  const buttons: ButtonProps[] = [];
  if (permissions.edit) {
    buttons.push({
      children: t('proposal.edit'),
      iconId: 'fr-icon-edit-line',
      linkProps: { to: `/propositions/${proposal.id}/modifier` },
    });
  }
  // The committee's facilitators (and administrators) put a submitted proposal to the vote; the API checks it too.
  const mayPutToVote =
    proposal.state === 'submitted' &&
    proposal.committee !== null &&
    proposal.committee !== undefined &&
    (proposal.committee.viewerRole === 'facilitator' ||
      (session.status === 'signedIn' && session.user.platformRole === 'admin'));
  if (mayPutToVote) {
    buttons.push({
      children: t('proposal.putToVote'),
      iconId: 'fr-icon-checkbox-circle-line',
      linkProps: { to: `/scrutins/nouveau?proposition=${proposal.id}` },
    });
  }
  for (const allowed of proposal.allowedTransitions) {
    buttons.push({
      children: t(`proposal.transitions.${allowed}.label`),
      priority: allowed === 'withdraw' ? 'tertiary' : 'secondary',
      onClick: () => {
        setTransition(allowed);
        transitionModal.open();
      },
    });
  }
  if (permissions.inviteCoauthors && !inviting) {
    buttons.push({
      children: t('proposal.invite.open'),
      iconId: 'fr-icon-user-add-line',
      priority: 'secondary',
      onClick: () => setInviting(true),
    });
  }

  const [firstButton, ...otherButtons] = buttons;

  return (
    <section
      aria-labelledby="proposal-actions"
      className={fr.cx('fr-p-3w')}
      // A design token: the grey follows the light and dark themes.
      style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
    >
      <h2 id="proposal-actions" ref={heading} tabIndex={-1} className={fr.cx('fr-h5')}>
        {t('proposal.actionsHeading')}
      </h2>
      {action.feedback}
      <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>
        {t('proposals.supportCount', { count: proposal.supportCount })}
      </p>
      {permissions.support && (
        <Button
          className={fr.cx('fr-mb-3w')}
          priority={proposal.viewerSupports ? 'primary' : 'secondary'}
          iconId="fr-icon-thumb-up-line"
          // A toggle: its name stays, its state is said.
          nativeButtonProps={{ 'aria-pressed': proposal.viewerSupports }}
          onClick={() =>
            void act(
              () => supportProposal.mutateAsync({ proposalId: proposal.id, support: !proposal.viewerSupports }),
              proposal.viewerSupports ? t('proposal.supportWithdrawn') : t('proposal.supported'),
            )
          }
        >
          {t('proposal.support')}
        </Button>
      )}
      {session.status === 'anonymous' && <p>{t('proposal.signInToTakePart')}</p>}
      {firstButton && <ButtonsGroup buttons={[firstButton, ...otherButtons]} />}
      {inviting && (
        <InviteCoauthorForm
          onInvite={(person) =>
            action.attempt(async () => {
              await inviteCoauthor.mutateAsync({ proposalId: proposal.id, userId: person.id });
              return t('proposal.invite.sent', {
                name: person.displayName,
                context: agreementContext(person.agreementForm),
              });
            })
          }
          onClose={() => {
            setInviting(false);
            heading.current?.focus();
          }}
        />
      )}
      <ConfirmDialog
        modal={transitionModal}
        title={transition ? t(`proposal.transitions.${transition}.title`) : ''}
        confirmLabel={transition ? t(`proposal.transitions.${transition}.label`) : ''}
        reason={{ label: t('proposal.reason'), hint: t('proposal.reasonHint'), required: false }}
        onConfirm={(reason) =>
          transition
            ? action.attempt(async () => {
                await transitionProposal.mutateAsync({ proposalId: proposal.id, transition, reason: reason || null });
                return t(`proposal.transitions.${transition}.done`);
              })
            : Promise.resolve(undefined)
        }
        // The transition's button is gone once it is made: the focus goes to the section's heading.
        onConceal={() => heading.current?.focus()}
      >
        {transition && <p>{t(`proposal.transitions.${transition}.explained`)}</p>}
      </ConfirmDialog>
    </section>
  );
}

const coauthorSchema = z.object({ person: pickedPerson() });

function InviteCoauthorForm({
  onInvite,
  onClose,
}: {
  /** Invites the person; rejects with the error to show. */
  onInvite: (person: PickedUser) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit, alert } = useFormSubmission({
    schema: coauthorSchema,
    defaultValues: { person: undefined },
    send: ({ person }) => onInvite(person),
    onSuccess: onClose,
  });
  const person = useController({ control: form.control, name: 'person' });

  return (
    <form aria-labelledby="invite-coauthor-heading" className={fr.cx('fr-mt-3w')} onSubmit={submit} noValidate>
      <h3 id="invite-coauthor-heading" className={fr.cx('fr-h6')}>
        {t('proposal.invite.heading')}
      </h3>
      <p className={fr.cx('fr-text--sm')}>{t('proposal.invite.explained')}</p>
      {alert}
      <UserPicker
        legend={t('proposal.invite.who')}
        selected={person.field.value}
        onSelect={person.field.onChange}
        error={person.fieldState.error?.message}
      />
      <ButtonsGroup
        buttons={[
          { children: t('proposal.invite.send'), type: 'submit', iconId: 'fr-icon-send-plane-line' },
          { children: t('action.cancel'), priority: 'secondary', type: 'button', onClick: onClose },
        ]}
      />
    </form>
  );
}
