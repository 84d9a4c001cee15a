/**
 * Minimal typings for mvdan-sh (GopherJS build of mvdan.cc/sh v3 syntax). Only what the shell
 * layer touches; nodes are Go structs exposed as JS objects, positions are UTF-8 byte offsets.
 */
declare module 'mvdan-sh' {
  export interface ShPos {
    Offset(): number;
    Line(): number;
    Col(): number;
    IsValid(): boolean;
  }
  /** Any syntax node; fields are read dynamically by NodeType. */
  export interface ShNode {
    Pos(): ShPos;
    End(): ShPos;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    [field: string]: any;
  }
  export interface ShParser {
    Parse(src: string, name: string): ShNode;
  }
  export interface ShSyntax {
    NewParser(...opts: unknown[]): ShParser;
    KeepComments(on: boolean): unknown;
    Variant(v: unknown): unknown;
    LangBash: unknown;
    NodeType(n: ShNode): string;
    Walk(n: ShNode, f: (n: ShNode | null) => boolean): void;
  }
  const sh: { syntax: ShSyntax };
  export default sh;
  export const syntax: ShSyntax;
}
