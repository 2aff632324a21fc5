import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';

export const MAX_PAGE_SIZE = 100;

/** Cursor pagination arguments shared by every list (Relay connection style). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Nombre d'éléments (1 à ${MAX_PAGE_SIZE}).` })
  @IsInt({ message: 'first doit être un nombre entier' })
  @Min(1, { message: 'first doit valoir au moins 1' })
  @Max(MAX_PAGE_SIZE, { message: `first doit valoir au plus ${MAX_PAGE_SIZE}` })
  first = 20;

  @Field({ nullable: true, description: 'Curseur après lequel reprendre.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A GraphQL connection type for `T`: `nodes`, `totalCount`, `pageInfo`. */
export function Paginated<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PaginatedType implements Connection<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return PaginatedType as Type<Connection<T>>;
}

/** Opaque cursors: the sort key of the last row seen, base64url-encoded JSON. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // A key is made of strings and numbers; anything else (or a NUL, which PostgreSQL refuses) was forged.
    if (Array.isArray(key) && key.every(isKeyPart)) return key;
  } catch {
    // falls through to the error below
  }
  throw invalidCursor();
}

const isKeyPart = (part: unknown) => typeof part === 'number' || (typeof part === 'string' && !part.includes('\0'));

/** The error of a cursor that is not one of ours, also when PostgreSQL finds its key ill-typed. */
export const invalidCursor = () => DomainError.of('CURSOR_INVALID');

/** Builds the connection from `first + 1` rows fetched after the cursor. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => unknown[],
): Connection<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}
