import { ApiError } from '../api/ApiError.ts';
import { fetchSummary } from '../api/fetchSummary.ts';
import { markLinkRefused, rememberConcept } from '../storage/recentConcepts.ts';
import { roleRank } from '../storage/roleRank.ts';

/**
 * Asks the server what `token` may do in concept `conceptId` and keeps the answer on this device: the
 * link joins the concept's links with its role, or is marked refused. A workshop token is no concept link
 * and counts as refused here. Resolves whether the link opens the concept; rejects when the server could
 * not be asked.
 */
export async function checkLink(conceptId: string, token: string, signal?: AbortSignal): Promise<boolean> {
  try {
    const { title, territory, role } = await fetchSummary(conceptId, token, signal);
    if (roleRank(role) === 0) {
      markLinkRefused(conceptId, token);
      return false;
    }
    rememberConcept({ id: conceptId, token, title, territory, role, confirmed: true });
    return true;
  } catch (error) {
    if (!(error instanceof ApiError) || !error.isRefusal) throw error;
    markLinkRefused(conceptId, token);
    return false;
  }
}
