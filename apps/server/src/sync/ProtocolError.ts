/** A frame the server refuses; the connection that sent it is closed with `closeCode`. */
export class ProtocolError extends Error {
  readonly closeCode: number;

  constructor(closeCode: number, reason: string) {
    super(reason);
    this.name = 'ProtocolError';
    this.closeCode = closeCode;
  }
}
