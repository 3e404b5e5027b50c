/** Props of `ErrorNote`. */
export interface ErrorNoteProps {
  id?: string;
  message: string | null;
}

/** A refusal message, announced by screen readers when it appears. */
export function ErrorNote({ id, message }: ErrorNoteProps) {
  return (
    <p id={id} role="alert" className="wb-error" hidden={!message}>
      {message}
    </p>
  );
}
