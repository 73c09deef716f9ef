// Asking to join a member organization: where a request stands, why a coordinator may decline it, and
// the bounds of the directory entry an organization keeps.
import type { Labels } from './labels.js';

export const ORGANIZATION_JOIN_REQUEST_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type OrganizationJoinRequestStatus = (typeof ORGANIZATION_JOIN_REQUEST_STATUSES)[number];

/** Why a coordinator declines; a code, never free text, so it reads well in her language. */
export const ORGANIZATION_JOIN_DECLINE_REASONS = [
  'OUTSIDE_SERVICE_AREA',
  'NOT_TAKING_MEMBERS',
  'SERVICES_DO_NOT_FIT',
  'ALREADY_SUPPORTED_ELSEWHERE',
  'OTHER',
] as const;
export type OrganizationJoinDeclineReason = (typeof ORGANIZATION_JOIN_DECLINE_REASONS)[number];

export const ORGANIZATION_LIMITS = {
  descriptionMax: 2000,
  websiteMax: 300,
  emailMax: 254,
  addressMax: 300,
  joinMessageMax: 500,
  searchMax: 100,
  pageMax: 50,
  /** Pending requests a coordinator reads at once; the oldest first. */
  pendingPageMax: 100,
} as const;

export const ORGANIZATION_JOIN_REQUEST_STATUS_LABELS: Record<OrganizationJoinRequestStatus, Labels> = {
  PENDING: { es: 'Pendiente', en: 'Pending', fr: 'En attente', ht: 'Ap tann' },
  ACCEPTED: { es: 'Aceptada', en: 'Accepted', fr: 'Acceptée', ht: 'Aksepte' },
  DECLINED: { es: 'No aceptada', en: 'Declined', fr: 'Refusée', ht: 'Refize' },
  WITHDRAWN: { es: 'Retirada', en: 'Withdrawn', fr: 'Retirée', ht: 'Retire' },
};

export const ORGANIZATION_JOIN_DECLINE_REASON_LABELS: Record<OrganizationJoinDeclineReason, Labels> = {
  OUTSIDE_SERVICE_AREA: {
    es: 'No trabajamos en tu zona',
    en: 'We do not work in your area',
    fr: 'Nous ne travaillons pas dans votre région',
    ht: 'Nou pa travay nan zòn ou',
  },
  NOT_TAKING_MEMBERS: {
    es: 'Por ahora no recibimos nuevas integrantes',
    en: 'We are not taking new members for now',
    fr: 'Nous n’accueillons pas de nouveaux membres pour le moment',
    ht: 'Pou kounye a nou pa pran nouvo manm',
  },
  SERVICES_DO_NOT_FIT: {
    es: 'Lo que ofrecemos no responde a lo que buscas',
    en: 'What we offer does not fit what you are looking for',
    fr: 'Ce que nous offrons ne correspond pas à ce que vous cherchez',
    ht: 'Sa nou ofri pa koresponn ak sa w ap chèche',
  },
  ALREADY_SUPPORTED_ELSEWHERE: {
    es: 'Otra organización de la red puede acompañarte mejor',
    en: 'Another organization of the network can support you better',
    fr: 'Une autre organisation du réseau peut mieux vous accompagner',
    ht: 'Yon lòt òganizasyon nan rezo a ka akonpaye w pi byen',
  },
  OTHER: { es: 'Otro motivo', en: 'Another reason', fr: 'Autre raison', ht: 'Yon lòt rezon' },
};
