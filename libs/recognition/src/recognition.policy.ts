/** Where an actor stands towards attesting a person: pure facts, read beforehand. */
export interface AttestingStanding {
  actorId: string;
  subjectId: string;
  /** The actor's role in the group the attestation is for. */
  roleInGroup: string | null;
  /** The groups where the person contributed (a co-written proposal past its draft, an accepted amendment). */
  contributedGroupIds: readonly string[];
  groupId: string;
}

/**
 * Who may attest whom: a facilitator of a group, for a person who contributed in that group, never
 * oneself. Administrators have no other right here: an attestation is a peer's word, not the platform's.
 */
export const recognitionPolicy = {
  canAttest(standing: AttestingStanding): boolean {
    return (
      standing.actorId !== standing.subjectId &&
      standing.roleInGroup === 'facilitator' &&
      standing.contributedGroupIds.includes(standing.groupId)
    );
  },

  /** Only the person attested hides or shows an attestation on their profile. */
  canHide(attestation: { subjectId: string }, actorId: string): boolean {
    return attestation.subjectId === actorId;
  },
};
