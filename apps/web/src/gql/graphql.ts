/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Type de structure. */
export type OrganisationType =
  | 'academy'
  | 'association'
  | 'company'
  | 'ministry'
  | 'operator'
  | 'other'
  | 'school'
  | 'university';

/** Rôle sur la plateforme. */
export type PlatformRole =
  | 'admin'
  | 'guest'
  | 'member';

export type DomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainsQuery = { domains: Array<{ id: string, slug: string, name: string, description: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, platformRole: PlatformRole, organisation: { id: string, name: string, type: OrganisationType } | null } };

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityProvidersQuery = { identityProviders: Array<{ id: string, label: string, kind: string, available: boolean }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DomainsDocument = new TypedDocumentString(`
    query Domains {
  domains {
    id
    slug
    name
    description
  }
}
    `) as unknown as TypedDocumentString<DomainsQuery, DomainsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    platformRole
    organisation {
      id
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const IdentityProvidersDocument = new TypedDocumentString(`
    query IdentityProviders {
  identityProviders {
    id
    label
    kind
    available
  }
}
    `) as unknown as TypedDocumentString<IdentityProvidersQuery, IdentityProvidersQueryVariables>;