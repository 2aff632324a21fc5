/** Rows of a `json_agg`, their timestamps made dates again. */
export function fromJson<T>(rows: unknown, dates: readonly string[]): T[] {
  return ((rows ?? []) as Record<string, unknown>[]).map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of dates) copy[key] = row[key] === null ? null : new Date(row[key] as string);
    return copy as T;
  });
}
