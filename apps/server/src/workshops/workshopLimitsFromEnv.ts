import { defaultWorkshopLimits, type WorkshopLimits } from './WorkshopLimits.ts';

/**
 * Workshop limits set in the environment, one variable per limit: `WORKSHOP_` and the name in upper snake
 * case, e.g. `WORKSHOP_MAX_PARTICIPANTS=500`, `WORKSHOP_PROPOSALS_PER_LINK_PER_MINUTE=1200`.
 */
export function workshopLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<WorkshopLimits> {
  const limits: Partial<WorkshopLimits> = {};
  for (const name of Object.keys(defaultWorkshopLimits) as (keyof WorkshopLimits)[]) {
    const value = env[`WORKSHOP_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`];
    if (value) limits[name] = Number(value);
  }
  return limits;
}
