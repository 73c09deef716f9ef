// HTTP hardening: security headers with a content security policy the web client works under, a CORS
// allow-list from configuration, and errors (such as a body over the size limit) answered as JSON.
import cors from 'cors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // A quick exit must leave no trace: tell the browser not to send where she was.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.isProduction,
    crossOriginEmbedderPolicy: false,
  });
}

export function corsFor(config: Config): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    maxAge: 600,
  });
}

/** Body-parser and other middleware errors become a GraphQL-shaped JSON answer, never an HTML page. */
export function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error === 'object' && error && 'status' in error && typeof error.status === 'number' ? error.status : 500;
    const type = typeof error === 'object' && error && 'type' in error ? String(error.type) : '';
    if (status >= 500) (req.log ?? log).error({ err: error }, 'request failed');
    const [code, key, message] =
      type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', 'error.payloadTooLarge', 'The request is too large.']
        : status < 500
          ? ['BAD_REQUEST', 'error.badRequest', 'The request could not be read.']
          : ['INTERNAL_SERVER_ERROR', 'error.internal', 'Something went wrong on our side. Please try again.'];
    res.status(status).json({ errors: [{ message, extensions: { code, key, params: {} } }] });
  };
}
