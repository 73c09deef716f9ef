// Demo workshops: a few upcoming sessions in several languages and both modalities, dated from the
// day the demo starts, so that the list is never empty nor in the past. Meeting links are on
// example.org and addresses are fictional.
import {
  instantToZonedTime,
  zonedTimeToInstant,
  type CountryCode,
  type LanguageCode,
  type Need,
} from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { User } from '../accounts/user.entity.js';
import { Workshop } from './workshop.entity.js';

interface DemoWorkshop {
  organizer: string;
  title: string;
  description: string;
  topic: Need;
  language: LanguageCode;
  inDays: number;
  time: string;
  timeZone: string;
  durationMinutes: number;
  seats: number;
  online?: { meetingLink: string };
  inPerson?: { place: string; city: string; country: CountryCode };
}

export const DEMO_WORKSHOPS: readonly DemoWorkshop[] = [
  {
    organizer: 'mentora@aliadas.demo',
    title: 'Cuentas claras para tu negocio',
    description:
      'Taller de demostración: cómo separar el dinero de la casa y el del negocio, y llevar un cuaderno de ventas y gastos.',
    topic: 'FINANCIAL_LITERACY',
    language: 'es',
    inDays: 3,
    time: '18:00',
    timeZone: 'America/Guatemala',
    durationMinutes: 90,
    seats: 25,
    online: { meetingLink: 'https://meet.example.org/cuentas-claras' },
  },
  {
    organizer: 'coordinadora@aliadas.demo',
    title: 'Kijan pou w anrejistre ti biznis ou',
    description:
      'Atelye demonstrasyon: ki papye ou bezwen, konbyen sa koute ak ki kote pou w ale pou w mete biznis ou an règ.',
    topic: 'BUSINESS_FORMALIZATION',
    language: 'ht',
    inDays: 5,
    time: '10:00',
    timeZone: 'America/Santo_Domingo',
    durationMinutes: 120,
    seats: 15,
    inPerson: { place: 'Salón comunitario (ejemplo), Calle 0 #00', city: 'Santo Domingo', country: 'DO' },
  },
  {
    organizer: 'mentora01@aliadas.demo',
    title: 'Selling on WhatsApp and social media',
    description: 'Demo workshop: a catalogue on WhatsApp Business, good photos with a phone, and answering customers.',
    topic: 'DIGITAL_SKILLS',
    language: 'en',
    inDays: 7,
    time: '17:00',
    timeZone: 'America/Belize',
    durationMinutes: 60,
    seats: 20,
    online: { meetingLink: 'https://meet.example.org/whatsapp-sales' },
  },
  {
    organizer: 'mentora02@aliadas.demo',
    title: 'Fixer ses prix et vendre plus',
    description: 'Atelier de démonstration : calculer ses coûts, fixer un prix juste et trouver de nouvelles clientes.',
    topic: 'MARKETING_SALES',
    language: 'fr',
    inDays: 9,
    time: '16:00',
    timeZone: 'America/Port-au-Prince',
    durationMinutes: 90,
    seats: 30,
    online: { meetingLink: 'https://meet.example.org/prix-justes' },
  },
  {
    organizer: 'coordinadora@aliadas.demo',
    title: 'Capital semilla: cómo presentar tu proyecto',
    description:
      'Taller de demostración: qué piden los fondos de capital semilla, cómo escribir tu presupuesto y presentar tu idea.',
    topic: 'SEED_CAPITAL',
    language: 'es',
    inDays: 12,
    time: '09:30',
    timeZone: 'America/Costa_Rica',
    durationMinutes: 180,
    seats: 12,
    inPerson: { place: 'Centro de la red (ejemplo), Avenida 0', city: 'San José', country: 'CR' },
  },
];

/** Adds the demo workshops whose organizers exist. Returns how many. */
export async function seedDemoWorkshops(em: EntityManager, now: Date = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const organizers = await tx.find(User, { email: { $in: DEMO_WORKSHOPS.map((w) => w.organizer) } });
    const byEmail = new Map(organizers.map((u) => [u.email, u]));
    let created = 0;
    for (const demo of DEMO_WORKSHOPS) {
      const organizer = byEmail.get(demo.organizer);
      if (!organizer) continue;
      const day = instantToZonedTime(new Date(now.getTime() + demo.inDays * 86_400_000), demo.timeZone).slice(0, 10);
      const startsAt = zonedTimeToInstant(`${day}T${demo.time}`, demo.timeZone)!;
      tx.create(Workshop, {
        organizer,
        title: demo.title,
        description: demo.description,
        topic: demo.topic,
        language: demo.language,
        startsAt,
        endsAt: new Date(startsAt.getTime() + demo.durationMinutes * 60_000),
        durationMinutes: demo.durationMinutes,
        timeZone: demo.timeZone,
        modality: demo.online ? 'ONLINE' : 'IN_PERSON',
        meetingLink: demo.online?.meetingLink ?? null,
        place: demo.inPerson?.place ?? null,
        city: demo.inPerson?.city ?? null,
        country: demo.inPerson?.country ?? null,
        seats: demo.seats,
        createdAt: now,
        updatedAt: now,
      });
      created += 1;
    }
    return created;
  });
}

/** On a demo database without workshops yet (first start, or one made before they existed). */
export async function seedDemoWorkshopsIfNone(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(User, { email: 'mentora@aliadas.demo' })) === 0) return;
  if ((await em.count(Workshop, {})) > 0) return;
  const workshops = await seedDemoWorkshops(em);
  log.info({ workshops }, 'demo workshops created');
}
