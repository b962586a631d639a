import type express from 'express';
import { FIELD_WORK } from '../../auth/roles.js';
import type { Context } from '../../context.js';
import { withSession, type RouteMount } from '../../shared/http/routes.js';
import { neptuneRouteFile } from './route-file.service.js';

/** GET /routes/{code}/neptune-route.txt?readDate=YYYY-MM-DD: the handheld's route file (CRLF, ASCII). */
async function download(ctx: Context, req: express.Request, res: express.Response): Promise<void> {
  const readDate = typeof req.query.readDate === 'string' ? req.query.readDate : undefined;
  const file = await neptuneRouteFile(ctx, String(req.params.code ?? ''), readDate);
  res.setHeader('Content-Type', 'text/plain; charset=us-ascii');
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.send(file.text);
}

export const routeFileRoutes: RouteMount = (http, _services, contextFor) => {
  http.get('/routes/:code/neptune-route.txt', withSession(contextFor, FIELD_WORK, download));
};
