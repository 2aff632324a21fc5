declare module 'spdx-expression-parse' {
  interface LicenceLeaf {
    license: string;
    plus?: boolean;
    exception?: string;
  }
  interface LicenceConjunction {
    left: LicenceNode;
    conjunction: 'and' | 'or';
    right: LicenceNode;
  }
  type LicenceNode = LicenceLeaf | LicenceConjunction;
  function parse(source: string): LicenceNode;
  export = parse;
}
