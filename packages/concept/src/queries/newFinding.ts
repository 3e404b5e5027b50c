import { FINDING_SEVERITY, type Finding, type FindingCode, type FindingEntity } from './Finding.ts';

/** A finding of `code` with the severity its kind carries. */
export function newFinding(
  code: FindingCode,
  entity: FindingEntity,
  id: string,
  message: string,
  extra: Pick<Finding, 'field' | 'count' | 'cue' | 'level'> = {},
): Finding {
  return { code, severity: FINDING_SEVERITY[code], entity, id, message, ...extra };
}
