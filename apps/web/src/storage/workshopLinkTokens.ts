import { readJson } from './readJson.ts';
import { writeJson } from './writeJson.ts';

const KEY = 'werkbank.workshopLinks';

/** A participant link created on this device: the server shows its token only once. */
export interface StoredWorkshopLink {
  token: string;
  url: string;
}

/** The participant links this device created, by link id. */
export function readWorkshopLinkTokens(): Record<string, StoredWorkshopLink> {
  return readJson<Record<string, StoredWorkshopLink>>(KEY, {});
}

/** Remembers a participant link created here, so its QR code can be shown again after a reload. */
export function rememberWorkshopLink(linkId: string, link: StoredWorkshopLink): void {
  writeJson(KEY, { ...readWorkshopLinkTokens(), [linkId]: link });
}

/** Forgets a closed participant link. */
export function forgetWorkshopLink(linkId: string): void {
  const { [linkId]: _, ...rest } = readWorkshopLinkTokens();
  writeJson(KEY, rest);
}
