/** The kinds of commons, in the order the catalogue lists them. */
export const commonKinds = ['educational_resource', 'software', 'service', 'dataset'] as const;
export type CommonKind = (typeof commonKinds)[number];
