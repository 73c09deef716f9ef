// Voice notes over plain HTTP: the recording is uploaded as raw bytes (Opus in WebM or Ogg) and played
// from its own address, both signed in the same way as the API (session cookie or bearer token).
import { VOICE_NOTE_MAX_BYTES, VOICE_NOTE_MIME_TYPES } from '@aliadas/shared';
import type { MikroORM } from '@mikro-orm/core';
import { parseCookie } from 'cookie';
import express, { type Request, type Response, Router } from 'express';
import { AppError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import { readBearerToken, SESSION_COOKIE } from '../modules/accounts/session-tokens.js';
import { VoiceNoteService } from '../modules/chat/voice-note.service.js';
import { createServices, type ServiceDependencies } from '../services.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function voiceNoteRoutes(orm: MikroORM, deps: ServiceDependencies): Router {
  const router = Router();

  router.post(
    '/',
    // Over the limit, the body is not even read: 413 with the API's JSON error.
    express.raw({ type: () => true, limit: VOICE_NOTE_MAX_BYTES }),
    (req, res) =>
      handle(req, res, async (userId, service) => {
        const audio = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const { voiceNote, created } = await service.upload(userId, {
          conversationId: text(req.query.conversationId),
          clientMessageId: text(req.query.clientMessageId),
          durationMs: Number(text(req.query.durationMs)),
          mimeType: (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase(),
          audio,
        });
        res.status(created ? 201 : 200).json({ voiceNote: { ...voiceNote } });
      }),
  );

  router.get('/:id', (req, res) =>
    handle(req, res, async (userId, service) => {
      const { mimeType, audio } = await service.playable(userId, String(req.params.id));
      // Only her browser keeps it, and only a little while: a shared phone should not hold old voices.
      res.setHeader('cache-control', 'private, max-age=3600');
      res.setHeader('content-type', VOICE_NOTE_MIME_TYPES.includes(mimeType) ? mimeType : 'application/octet-stream');
      res.setHeader('content-length', String(audio.length));
      res.setHeader('x-content-type-options', 'nosniff');
      res.end(audio);
    }),
  );

  async function handle(
    req: Request,
    res: Response,
    work: (userId: string, service: VoiceNoteService) => Promise<void>,
  ): Promise<void> {
    const em = orm.em.fork();
    try {
      const services = createServices(em, deps, typeof req.id === 'string' ? req.id : null);
      const token = readBearerToken(req.headers.authorization) ?? parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      const signedIn = token ? await services.accounts.authenticate(token) : null;
      if (!signedIn) throw new UnauthenticatedError();
      await work(signedIn.user.id, new VoiceNoteService(em));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error instanceof RateLimitedError) res.setHeader('retry-after', String(error.retryAfterSeconds));
      res.status(STATUS[error.code] ?? 500).json({
        errors: [{ message: error.message, extensions: error.extensions }],
      });
    }
  }

  return router;
}

/** A query parameter given once, as text; anything else (repeated, nested) counts as missing. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
