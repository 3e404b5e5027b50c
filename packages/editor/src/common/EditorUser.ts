/** The local user as carets and presence show them. */
export interface EditorUser {
  name: string;
  color: string;
}
