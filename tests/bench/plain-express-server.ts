// The yardstick for `pnpm bench:api`: a plain Express JSON endpoint on the same machine, without
// GraphQL, sessions or a database. It reads a JSON body as /graphql does and answers a small list.
import express from 'express';

const app = express();
app.disable('x-powered-by');
app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});
app.post('/plain', express.json({ limit: '100kb' }), (req, res) => {
  const body = req.body as { query?: unknown };
  res.json({
    data: {
      echoedQueryLength: typeof body.query === 'string' ? body.query.length : 0,
      items: Array.from({ length: 5 }, (_, i) => ({ id: `item-${i}`, kind: 'MENTOR', status: 'ACTIVE' })),
    },
  });
});
app.listen(Number(process.env.PORT ?? 4100), process.env.HOST ?? '127.0.0.1');
