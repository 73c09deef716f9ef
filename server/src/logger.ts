import { pino, type DestinationStream, type Logger } from 'pino';

/** Structured JSON logs; secrets are removed wherever they might appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'aliadas' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
          '*.passwordHash',
          'variables.input.password',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
