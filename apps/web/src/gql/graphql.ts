/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OrganisationInput = {
  emailDomains: Array<string>;
  name: string;
  siret?: string | null | undefined;
  type: OrganisationType;
  uai?: string | null | undefined;
};

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

/** État d’un compte. */
export type UserStatus =
  | 'active'
  | 'erased'
  | 'suspended';

export type AdminOrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, type: OrganisationType, siret: string | null, uai: string | null, emailDomains: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, type: OrganisationType, siret: string | null, uai: string | null, emailDomains: Array<string> } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, displayName: string, email: string | null, platformRole: PlatformRole, status: UserStatus, organisation: { id: string, name: string, type: OrganisationType } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetPlatformRoleMutationVariables = Exact<{
  userId: string | number;
  role: PlatformRole;
}>;


export type SetPlatformRoleMutation = { setPlatformRole: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type SuspendUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type SuspendUserMutation = { suspendUser: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type ReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, platformRole: PlatformRole, status: UserStatus } };

export type DomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainsQuery = { domains: Array<{ id: string, slug: string, name: string, description: string }> };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: string };

export type EraseMyAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type EraseMyAccountMutation = { eraseMyAccount: boolean };

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

export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations($search: String, $after: String) {
  organisations(search: $search, after: $after) {
    nodes {
      id
      name
      type
      siret
      uai
      emailDomains
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, input: $input) {
    id
    name
    type
    siret
    uai
    emailDomains
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($search: String, $after: String) {
  users(search: $search, after: $after) {
    nodes {
      id
      displayName
      email
      platformRole
      status
      organisation {
        id
        name
        type
      }
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const SetPlatformRoleDocument = new TypedDocumentString(`
    mutation SetPlatformRole($userId: ID!, $role: PlatformRole!) {
  setPlatformRole(userId: $userId, role: $role) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<SetPlatformRoleMutation, SetPlatformRoleMutationVariables>;
export const SuspendUserDocument = new TypedDocumentString(`
    mutation SuspendUser($userId: ID!) {
  suspendUser(userId: $userId) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendUserMutation, SuspendUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    id
    platformRole
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;
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
export const ExportMyDataDocument = new TypedDocumentString(`
    query ExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const EraseMyAccountDocument = new TypedDocumentString(`
    mutation EraseMyAccount {
  eraseMyAccount
}
    `) as unknown as TypedDocumentString<EraseMyAccountMutation, EraseMyAccountMutationVariables>;
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