import { createId } from '@werkbank/concept';
import { createToken } from '../auth/createToken.ts';
import { hashToken } from '../auth/hashToken.ts';
import type { Role } from '../auth/Role.ts';
import type { Link, LinkStore } from '../store/LinkStore.ts';

/** A new capability link with its token; the token is returned this once and stored only as a hash. */
export function issueLink(
  links: LinkStore,
  conceptId: string,
  input: {
    role: Role;
    label?: string | undefined;
    expiresAt?: string | null | undefined;
    workshopId?: string | null | undefined;
  },
): { link: Link; token: string } {
  const token = createToken();
  const link = links.create(
    {
      id: createId(),
      conceptId,
      role: input.role,
      label: input.label ?? '',
      createdAt: new Date().toISOString(),
      expiresAt: input.expiresAt ?? null,
      workshopId: input.workshopId ?? null,
    },
    hashToken(token),
  );
  return { link, token };
}
