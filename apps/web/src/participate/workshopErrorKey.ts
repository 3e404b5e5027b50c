const BY_CODE: Record<string, string> = {
  'rate-limited': 'web.participate.error.rateLimited',
  'workshop-full': 'web.participate.error.full',
  'workshop-closed': 'web.participate.error.closed',
  'workshop-not-collecting': 'web.participate.error.notCollecting',
  'not-voting': 'web.participate.error.notVoting',
  'no-dots-left': 'web.participate.error.noDotsLeft',
  'no-stacking': 'web.participate.error.noStacking',
  'proposal-not-votable': 'web.participate.error.notVotable',
  'not-own-proposal': 'web.participate.error.notEditable',
  'proposal-settled': 'web.participate.error.notEditable',
  'proposal-not-found': 'web.participate.error.notEditable',
  'invalid-input': 'web.participate.error.invalid',
  'invalid-body': 'web.participate.error.invalid',
  'body-too-large': 'web.participate.error.invalid',
  offline: 'web.participate.error.offline',
};

/**
 * The catalogue key of a sentence for a failed workshop request, by error code first, then by status; null
 * when neither is known (then the server's own message is the best there is).
 * @example workshopErrorKey({ status: 401, code: 'token-revoked' }) // 'web.participate.error.linkInvalid'
 */
export function workshopErrorKey(error: { status: number; code: string }): string | null {
  const known = BY_CODE[error.code];
  if (known) return known;
  if (error.status === 401 || error.status === 403 || error.status === 404) {
    return 'web.participate.error.linkInvalid';
  }
  if (error.status === 429) return 'web.participate.error.rateLimited';
  if (error.status === 0) return 'web.participate.error.offline';
  if (error.status >= 500) return 'web.participate.error.server';
  return null;
}
