// Demo circles: a few peer circles of the demo network, each with its moderator, women who fit its
// focus and a first message, the demo entrepreneur in two of them. Made through the circles and chat
// services, like a coordinator and the women would.
import type { CountryCode, LanguageCode, LanguageSkill, Sector } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { User } from '../accounts/user.entity.js';
import { ChatService, type ChatDependencies } from '../chat/chat.service.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { Circle } from './circle.entity.js';
import { CircleService } from './circles.service.js';

const DEMO_ENTREPRENEUR = 'emprendedora@aliadas.demo';
const DEMO_COORDINATOR = 'coordinadora@aliadas.demo';
/** Women who fit a circle's focus and are put in it, besides the demo entrepreneur. */
const MEMBERS_PER_CIRCLE = 6;

interface DemoCircle {
  name: string;
  description: string;
  language: LanguageCode | null;
  country: CountryCode | null;
  sector: Sector | null;
  memberCap: number | null;
  withDemoEntrepreneur: boolean;
  welcome: string;
}

export const DEMO_CIRCLES: readonly DemoCircle[] = [
  {
    name: 'Kreyòl en República Dominicana',
    description:
      'Para mujeres haitianas y de habla kreyòl que viven en República Dominicana: papeles, trabajo, negocio y apoyo entre nosotras. Pou fanm ki pale kreyòl ann Repiblik Dominikèn.',
    language: 'ht',
    country: 'DO',
    sector: null,
    memberCap: 60,
    withDemoEntrepreneur: true,
    welcome: 'Byenveni nan sèk la! Bienvenidas. Cuéntennos en qué anda su negocio esta semana.',
  },
  {
    name: 'Negocios de comida en Costa Rica',
    description:
      'Emprendedoras de comida en Costa Rica: permisos sanitarios, precios, ferias y ventas por teléfono. Compartimos lo que funciona.',
    language: null,
    country: 'CR',
    sector: 'FOOD',
    memberCap: null,
    withDemoEntrepreneur: true,
    welcome: '¡Bienvenidas! ¿Alguien ya sacó el permiso sanitario para vender en ferias? Compartamos los pasos.',
  },
  {
    name: 'Artesanas de Guatemala',
    description: 'Mujeres artesanas en Guatemala: materiales, precios justos y venta a turistas y en línea.',
    language: 'es',
    country: 'GT',
    sector: 'CRAFTS',
    memberCap: 40,
    withDemoEntrepreneur: false,
    welcome: 'Bienvenidas al círculo. Esta semana hablamos de cómo poner precio a una pieza hecha a mano.',
  },
];

/** On a demo database without circles (first start, or one made before circles existed), adds them. */
export async function seedDemoCirclesIfNone(em: EntityManager, deps: ChatDependencies, log: Logger): Promise<void> {
  if ((await em.count(User, { email: DEMO_ENTREPRENEUR })) === 0) return;
  if ((await em.count(Circle, {})) > 0) return;
  const circles = await seedDemoCircles(em, deps);
  log.info({ circles }, 'demo circles created');
}

export async function seedDemoCircles(em: EntityManager, deps: ChatDependencies): Promise<number> {
  const coordinator = await em.findOneOrFail(User, { email: DEMO_COORDINATOR }, { populate: ['roleGrants'] });
  const entrepreneur = await em.findOneOrFail(User, { email: DEMO_ENTREPRENEUR }, { populate: ['roleGrants'] });
  const women = await em.find(
    EntrepreneurProfile,
    { user: { email: { $like: '%@aliadas.demo' }, deletedAt: null } },
    { populate: ['user.roleGrants'], orderBy: { user: { email: 'asc' } } },
  );
  const supporters = await em.find(
    SupporterProfile,
    { user: { email: { $like: '%@aliadas.demo' }, deletedAt: null } },
    { populate: ['user'], orderBy: { user: { email: 'asc' } } },
  );
  const circles = new CircleService(em, deps);
  const chat = new ChatService(em, deps);
  for (const demo of DEMO_CIRCLES) {
    const speaks = (languages: LanguageSkill[]) =>
      !demo.language || languages.some((l) => l.language === demo.language);
    const fits = women.filter(
      (w) =>
        w.user.id !== entrepreneur.id &&
        (!demo.country || w.countryOfResidence === demo.country) &&
        (!demo.sector || w.sector === demo.sector) &&
        speaks(w.languages),
    );
    // A supporter who lives there and speaks the language keeps it; else the first woman who fits.
    const moderator =
      supporters.find((s) => (!demo.country || s.country === demo.country) && speaks(s.languages))?.user ??
      fits[0]?.user ??
      entrepreneur;
    const circle = await circles.create(coordinator, {
      name: demo.name,
      description: demo.description,
      language: demo.language,
      country: demo.country,
      sector: demo.sector,
      memberCap: demo.memberCap,
      moderatorId: moderator.id,
    });
    const members = fits.filter((w) => w.user.id !== moderator.id).slice(0, MEMBERS_PER_CIRCLE);
    if (demo.withDemoEntrepreneur) await circles.join(entrepreneur, circle.id);
    for (const member of members) await circles.join(member.user, circle.id);
    const conversation = (await circles.get(moderator, circle.id)).conversationId!;
    await chat.sendMessage(moderator.id, {
      conversationId: conversation,
      clientMessageId: randomUUID(),
      body: demo.welcome,
    });
  }
  return DEMO_CIRCLES.length;
}
