import type { AvailabilitySlot, LanguageSkill, Role, SupportKind } from '@aliadas/shared';
import { JURISDICTION_BOUND_KINDS, kindsForNeed } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import { canVerifySupporters } from '../accounts/accounts.policy.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { EntrepreneurProfile } from './entrepreneur-profile.entity.js';
import type { EntrepreneurProfileInput, SupporterProfileInput } from './profile.inputs.js';
import { SupporterProfile } from './supporter-profile.entity.js';

/** What an entrepreneur profile holds, checked; for her own form and for a coordinator acting for her. */
export function entrepreneurProfileValues(input: EntrepreneurProfileInput) {
  const languages = checkLanguages(input.languages);
  const slots = checkSlots(input.availability.slots);
  return {
    countryOfResidence: input.countryOfResidence,
    countryOfOrigin: input.countryOfOrigin ?? null,
    city: input.city.trim(),
    languages,
    sector: input.sector ?? null,
    businessStage: input.businessStage,
    businessDescription: input.businessDescription?.trim() || null,
    modalities: [...input.modalities],
    availability: { timeZone: input.availability.timeZone, slots },
  };
}

/** Creates or replaces her profile inside the caller's transaction. */
export async function writeEntrepreneurProfile(
  em: EntityManager,
  userId: string,
  values: ReturnType<typeof entrepreneurProfileValues>,
): Promise<EntrepreneurProfile> {
  const existing = await em.findOne(EntrepreneurProfile, { user: userId });
  if (existing) return em.assign(existing, values);
  return em.create(EntrepreneurProfile, { user: userId, ...values });
}

export class ProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly requestId: string | null = null,
  ) {}

  /** Her profile; when someone else (staff) reads it, the read goes to the audit log. */
  async entrepreneurProfileOf(userId: string, reader?: User): Promise<EntrepreneurProfile | null> {
    const profile = await this.em.findOne(EntrepreneurProfile, { user: userId });
    if (profile && reader && reader.id !== userId) {
      await new AuditService(this.em, this.requestId).recordReads(reader, 'profile.read', [userId]);
    }
    return profile;
  }

  async supporterProfileOf(userId: string): Promise<SupporterProfile | null> {
    return this.em.findOne(SupporterProfile, { user: userId }, { populate: ['organization'] });
  }

  async saveEntrepreneurProfile(actor: User, input: EntrepreneurProfileInput): Promise<EntrepreneurProfile> {
    requireRole(actor, 'ENTREPRENEUR');
    const values = entrepreneurProfileValues(input);
    return this.em.transactional((em) => writeEntrepreneurProfile(em, actor.id, values));
  }

  async saveSupporterProfile(actor: User, input: SupporterProfileInput): Promise<SupporterProfile> {
    const kinds = [...input.supportKinds];
    if (kinds.includes('MENTOR')) requireRole(actor, 'MENTOR');
    if (kinds.some((k) => k !== 'MENTOR')) requireRole(actor, 'ADVISER');
    const unserved = input.needs.filter((need) => !kindsForNeed(need).some((k) => kinds.includes(k)));
    if (unserved.length > 0) {
      throw new BadUserInputError(
        'profile.needNotServedByKinds',
        'Some needs are outside the kinds of support you give.',
        {
          needs: unserved,
        },
      );
    }
    const boundKinds = kinds.filter((k) => JURISDICTION_BOUND_KINDS.includes(k));
    if (boundKinds.length > 0 && input.jurisdictions.length === 0) {
      throw new BadUserInputError(
        'profile.jurisdictionRequired',
        'Legal and fiscal advisers say which countries’ law they advise on.',
      );
    }
    const jurisdictions = boundKinds.length > 0 ? [...input.jurisdictions].sort() : [];
    const values = {
      supportKinds: kinds,
      needs: [...input.needs],
      languages: checkLanguages(input.languages),
      jurisdictions,
      sectors: [...input.sectors],
      businessStages: [...input.businessStages],
      capacity: input.capacity,
      availability: { timeZone: input.availability.timeZone, slots: checkSlots(input.availability.slots) },
      modalities: [...input.modalities],
      country: input.country,
      city: input.city.trim(),
      bio: input.bio?.trim() || null,
    };
    return this.em.transactional(async (em) => {
      const existing = await em.findOne(SupporterProfile, { user: actor.id }, { populate: ['organization'] });
      if (!existing) {
        // Mentors volunteer without credentials to check; advisers wait for a coordinator.
        const verified = boundKindsOrAdvice(kinds).length === 0;
        return em.create(SupporterProfile, { user: actor.id, ...values, verified });
      }
      if (credentialsChanged(existing, values.supportKinds, jurisdictions)) {
        existing.verified = boundKindsOrAdvice(kinds).length === 0;
        existing.verifiedBy = null;
        existing.verifiedAt = null;
      }
      em.assign(existing, values);
      return existing;
    });
  }

  async setSupporterActive(actor: User, active: boolean): Promise<SupporterProfile> {
    const profile = await this.supporterProfileOf(actor.id);
    if (!profile) throw new NotFoundError('Supporter profile');
    profile.active = active;
    await this.em.flush();
    return profile;
  }

  async verifySupporter(actor: User, userId: string, verified: boolean): Promise<SupporterProfile> {
    if (!canVerifySupporters(actor)) throw new ForbiddenError();
    return this.em.transactional(async (em) => {
      const profile = await em.findOne(SupporterProfile, { user: userId }, { populate: ['organization'] });
      if (!profile) throw new NotFoundError('Supporter profile');
      profile.verified = verified;
      profile.verifiedBy = verified ? em.getReference(User, actor.id) : null;
      profile.verifiedAt = verified ? new Date() : null;
      new AuditService(em, this.requestId).record({
        actor,
        action: verified ? 'supporter.verified' : 'supporter.unverified',
        subjectType: 'User',
        subjectId: userId,
      });
      return profile;
    });
  }
}

function requireRole(actor: User, role: Role): void {
  if (!actor.hasRole(role)) {
    throw new ForbiddenError('profile.roleMissing', `This profile needs the ${role} role.`);
  }
}

function boundKindsOrAdvice(kinds: SupportKind[]): SupportKind[] {
  return kinds.filter((k) => k !== 'MENTOR');
}

function credentialsChanged(profile: SupporterProfile, kinds: SupportKind[], jurisdictions: string[]): boolean {
  const adviceBefore = boundKindsOrAdvice(profile.supportKinds).sort().join();
  const adviceNow = boundKindsOrAdvice(kinds).sort().join();
  return adviceBefore !== adviceNow || [...profile.jurisdictions].sort().join() !== jurisdictions.join();
}

function checkLanguages(languages: LanguageSkill[]): LanguageSkill[] {
  const codes = languages.map((l) => l.language);
  if (new Set(codes).size !== codes.length) {
    throw new BadUserInputError('profile.languageRepeated', 'Each language once, please.');
  }
  return languages.map((l) => ({ language: l.language, level: l.level }));
}

function checkSlots(slots: AvailabilitySlot[]): AvailabilitySlot[] {
  for (const slot of slots) {
    if (slot.endMinute <= slot.startMinute) {
      throw new BadUserInputError('profile.slotEndsBeforeStart', 'A time window must end after it starts.');
    }
  }
  return slots.map((s) => ({ day: s.day, startMinute: s.startMinute, endMinute: s.endMinute }));
}
