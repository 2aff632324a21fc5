import { EMAIL_PATTERN, GROUP_LIMITS } from '@ouvroir/contracts';
import { z } from 'zod';
import { optionalText, pickedPerson, refusal } from '../components/form-schema';

const role = z.enum(['facilitator', 'voter', 'member', 'observer']);

/** A facilitator adds a registered person to the group, with a role. */
export const addMemberSchema = z.object({ person: pickedPerson(), role });

/** A facilitator invites a registered person, or an e-mail address, with a role. */
export const invitationSchema = z
  .object({
    addressee: z.enum(['user', 'email']),
    person: z.custom<{ id: string; displayName: string }>().optional(),
    email: z.string().trim(),
    role,
  })
  .superRefine(({ addressee, person, email }, context) => {
    if (addressee === 'user' && !person) {
      context.addIssue({ code: 'custom', path: ['person'], ...refusal({ key: 'personRequired' }) });
    }
    if (addressee === 'email' && (email.length > GROUP_LIMITS.emailMax || !EMAIL_PATTERN.test(email))) {
      context.addIssue({ code: 'custom', path: ['email'], ...refusal({ reason: 'EMAIL_INVALID', email }) });
    }
  });

/** Someone asks to join a group, with a message to its facilitators. */
export const joinRequestSchema = z.object({ message: optionalText(GROUP_LIMITS.messageMax) });
