// The SPDX packages ship no types: what this library uses of them.
declare module 'spdx-expression-parse' {
  type SpdxNode =
    | { license: string; plus?: true; exception?: string }
    | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };
  function parse(expression: string): SpdxNode;
  export = parse;
}

declare module 'spdx-license-ids' {
  const ids: string[];
  export = ids;
}
