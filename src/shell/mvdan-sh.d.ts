// Minimal typings for the parts of mvdan-sh (mvdan.cc/sh compiled to JS) that dlint uses.
declare module 'mvdan-sh' {
  export interface Pos {
    Offset(): number;
    Line(): number;
    Col(): number;
  }
  export interface Node {
    Pos(): Pos;
    End(): Pos;
    [field: string]: unknown;
  }
  export interface ParseError {
    Text: string;
    Pos: Pos;
    Incomplete: boolean;
    Error(): string;
  }
  export interface Parser {
    Parse(src: string, name: string): Node;
  }
  export interface ParserOption {
    readonly __option: unique symbol;
  }
  export interface Syntax {
    NewParser(...options: ParserOption[]): Parser;
    KeepComments(keep: boolean): ParserOption;
    Variant(lang: number): ParserOption;
    LangBash: number;
    LangPOSIX: number;
    NodeType(node: Node): string;
    Walk(node: Node, visit: (node: Node | null) => boolean): void;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
