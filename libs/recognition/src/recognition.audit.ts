/** The acts of the recognition that the journal records. */
export const RECOGNITION_AUDIT_ACTIONS = ['contribution_attested'] as const;
