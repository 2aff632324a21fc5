/** The governance acts on domains that the journal records (administrators' acts, outside any group). */
export const DOMAINS_AUDIT_ACTIONS = ['domain_created', 'domain_updated'] as const;
