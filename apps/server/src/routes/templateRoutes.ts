import { templates } from '@werkbank/templates';
import type { FastifyInstance } from 'fastify';

/** GET /api/templates: the bundled concept templates, whole (phases, chapters, fields of action…). */
export function templateRoutes(app: FastifyInstance): void {
  app.get('/api/templates', async () => templates);
}
