import type { Awareness } from 'y-protocols/awareness';
import type { EditorUser } from '../common/EditorUser.ts';

/** The display name a deletion is recorded under: the editor's user, else what awareness says, else ''. */
export function deleterName(user?: EditorUser | null, awareness?: Awareness | null): string {
  if (user?.name) return user.name;
  const local = awareness?.getLocalState() as { user?: { name?: unknown } } | null | undefined;
  return typeof local?.user?.name === 'string' ? local.user.name : '';
}
