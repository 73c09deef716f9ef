// Human labels of the shared vocabulary, in every locale of the user interface. Codes (codes.ts) are
// what is stored and sent; these labels are what people read. Each table is a Record over its code
// type, so adding a code without labelling it is a compile error.
//
// Need labels and descriptions are written for a woman who may read little: short, everyday words.
// Spanish is neutral Latin American and addresses the reader as "tú"; French uses "vous".

import type { OpenDemandReasonCode, ReasonCode } from '../matching/engine/index.js';
import type {
  BusinessStage,
  CountryCode,
  GoalStatus,
  LanguageCode,
  LanguageLevel,
  Locale,
  MatchOutcome,
  MatchReasonCode,
  MatchStatus,
  Modality,
  Need,
  Pillar,
  Role,
  Sector,
  ServiceCategory,
  SupportKind,
  Urgency,
  Weekday,
} from './codes.js';

export type Labels = Record<Locale, string>;

export const ROLE_LABELS: Record<Role, Labels> = {
  ENTREPRENEUR: { es: 'Emprendedora', en: 'Entrepreneur', fr: 'Entrepreneuse', ht: 'Antreprenè' },
  MENTOR: { es: 'Mentora', en: 'Mentor', fr: 'Mentore', ht: 'Mantò' },
  ADVISER: { es: 'Asesora', en: 'Adviser', fr: 'Conseillère', ht: 'Konseye' },
  COORDINATOR: { es: 'Coordinadora', en: 'Coordinator', fr: 'Coordinatrice', ht: 'Kowòdonatè' },
  ADMIN: { es: 'Administradora', en: 'Administrator', fr: 'Administratrice', ht: 'Administratè' },
  INTERPRETER: { es: 'Intérprete', en: 'Interpreter', fr: 'Interprète', ht: 'Entèprèt' },
};

export const SUPPORT_KIND_LABELS: Record<SupportKind, Labels> = {
  MENTOR: { es: 'Mentoría', en: 'Mentoring', fr: 'Mentorat', ht: 'Akonpayman yon mantò' },
  LEGAL: { es: 'Asesoría legal', en: 'Legal advice', fr: 'Conseil juridique', ht: 'Konsèy jiridik' },
  FISCAL: { es: 'Asesoría fiscal', en: 'Tax advice', fr: 'Conseil fiscal', ht: 'Konsèy sou taks' },
  FINANCIAL: { es: 'Asesoría financiera', en: 'Financial advice', fr: 'Conseil financier', ht: 'Konsèy finansye' },
  PSYCHOSOCIAL: {
    es: 'Apoyo psicosocial',
    en: 'Psychosocial support',
    fr: 'Soutien psychosocial',
    ht: 'Sipò sikososyal',
  },
};

export const PILLAR_LABELS: Record<Pillar, Labels> = {
  TRAINING: { es: 'Formación', en: 'Training', fr: 'Formation', ht: 'Fòmasyon' },
  EMPLOYABILITY: { es: 'Empleabilidad', en: 'Employability', fr: 'Employabilité', ht: 'Travay ak papye' },
  ENTREPRENEURSHIP: { es: 'Emprendimiento', en: 'Entrepreneurship', fr: 'Entrepreneuriat', ht: 'Biznis' },
  SUPPORT_NETWORKS: {
    es: 'Alianzas y redes de apoyo',
    en: 'Alliances and support networks',
    fr: 'Alliances et réseaux de soutien',
    ht: 'Alyans ak rezo sipò',
  },
};

/** Short, plain label of a need, as shown on the "what do you need?" screen. */
export const NEED_LABELS: Record<Need, Labels> = {
  SOFT_SKILLS: {
    es: 'Comunicación y habilidades personales',
    en: 'Communication and personal skills',
    fr: 'Communication et savoir-être',
    ht: 'Kominikasyon ak konpetans pèsonèl',
  },
  FINANCIAL_LITERACY: {
    es: 'Manejar el dinero y las cuentas',
    en: 'Managing money and accounts',
    fr: 'Gérer son argent et ses comptes',
    ht: 'Jere lajan ak kont',
  },
  DIGITAL_SKILLS: {
    es: 'Usar el celular y la computadora',
    en: 'Using a phone and a computer',
    fr: "Utiliser le téléphone et l'ordinateur",
    ht: 'Sèvi ak telefòn ak òdinatè',
  },
  LEADERSHIP_NEGOTIATION: {
    es: 'Liderazgo y negociación',
    en: 'Leadership and negotiation',
    fr: 'Leadership et négociation',
    ht: 'Lidèchip ak negosyasyon',
  },
  REGULARIZATION: {
    es: 'Papeles y regularización migratoria',
    en: 'Papers and immigration status',
    fr: 'Papiers et régularisation',
    ht: 'Papye ak regilarizasyon',
  },
  LABOR_RIGHTS: {
    es: 'Derechos en el trabajo',
    en: 'Rights at work',
    fr: 'Droits au travail',
    ht: 'Dwa travay',
  },
  SOCIAL_PROTECTION: {
    es: 'Seguro social y protección',
    en: 'Social security and benefits',
    fr: 'Sécurité sociale et protection',
    ht: 'Sekirite sosyal ak pwoteksyon',
  },
  BUSINESS_FORMALIZATION: {
    es: 'Registrar el negocio',
    en: 'Registering the business',
    fr: "Déclarer l'entreprise",
    ht: 'Anrejistre biznis la',
  },
  TAXES: { es: 'Impuestos', en: 'Taxes', fr: 'Impôts', ht: 'Taks' },
  CREDIT_ACCESS: { es: 'Créditos y préstamos', en: 'Credit and loans', fr: 'Crédit et prêts', ht: 'Kredi ak prè' },
  SEED_CAPITAL: {
    es: 'Capital semilla para empezar',
    en: 'Seed money to get started',
    fr: 'Capital de départ',
    ht: 'Lajan pou kòmanse',
  },
  BUSINESS_PLAN: { es: 'Plan de negocio', en: 'Business plan', fr: "Plan d'affaires", ht: 'Plan biznis' },
  MARKETING_SALES: {
    es: 'Vender más y hacerse conocer',
    en: 'Selling more and getting known',
    fr: 'Vendre plus et se faire connaître',
    ht: 'Vann plis epi fè moun konnen w',
  },
  PSYCHOSOCIAL_SUPPORT: {
    es: 'Apoyo emocional',
    en: 'Emotional support',
    fr: 'Soutien émotionnel',
    ht: 'Sipò emosyonèl',
  },
  VIOLENCE_SURVIVOR_SUPPORT: {
    es: 'Apoyo si viviste violencia',
    en: 'Support after violence',
    fr: 'Soutien après des violences',
    ht: 'Sipò apre vyolans',
  },
};

/** One short, plain sentence explaining a need, shown under its label. */
export const NEED_DESCRIPTIONS: Record<Need, Labels> = {
  SOFT_SKILLS: {
    es: 'Aprender a comunicarte, organizar tu tiempo y trabajar con otras personas.',
    en: 'Learn to communicate, organize your time and work with other people.',
    fr: 'Apprendre à communiquer, à organiser votre temps et à travailler avec les autres.',
    ht: 'Aprann kominike, òganize tan ou epi travay ak lòt moun.',
  },
  FINANCIAL_LITERACY: {
    es: 'Aprender a llevar las cuentas, ahorrar y separar el dinero de la casa y el del negocio.',
    en: 'Learn to keep accounts, save, and keep household money apart from business money.',
    fr: "Apprendre à tenir vos comptes, à épargner et à séparer l'argent de la maison de celui de l'activité.",
    ht: 'Aprann kenbe kont, fè ekonomi epi separe lajan kay la ak lajan biznis la.',
  },
  DIGITAL_SKILLS: {
    es: 'Aprender a usar el celular, internet y las redes sociales para tu negocio.',
    en: 'Learn to use your phone, the internet and social media for your business.',
    fr: 'Apprendre à utiliser le téléphone, internet et les réseaux sociaux pour votre activité.',
    ht: 'Aprann sèvi ak telefòn, entènèt ak rezo sosyal yo pou biznis ou.',
  },
  LEADERSHIP_NEGOTIATION: {
    es: 'Ganar confianza para dirigir, tomar decisiones y negociar precios y acuerdos.',
    en: 'Gain confidence to lead, make decisions and negotiate prices and deals.',
    fr: 'Prendre confiance pour diriger, décider et négocier des prix et des accords.',
    ht: 'Pran konfyans pou dirije, pran desizyon epi negosye pri ak akò.',
  },
  REGULARIZATION: {
    es: 'Ayuda para sacar o renovar tus papeles migratorios en el país donde vives.',
    en: 'Help getting or renewing your immigration papers in the country where you live.',
    fr: "De l'aide pour obtenir ou renouveler vos papiers dans le pays où vous vivez.",
    ht: 'Èd pou w jwenn oswa renouvle papye imigrasyon w nan peyi kote w ap viv la.',
  },
  LABOR_RIGHTS: {
    es: 'Conocer y defender tus derechos en el trabajo: salario, horario y despido.',
    en: 'Know and defend your rights at work: pay, working hours and dismissal.',
    fr: 'Connaître et défendre vos droits au travail : salaire, horaires et licenciement.',
    ht: 'Konnen epi defann dwa w nan travay: salè, lè travay ak revokasyon.',
  },
  SOCIAL_PROTECTION: {
    es: 'Saber cómo entrar al seguro social y tener atención de salud y pensión.',
    en: 'Find out how to join social security and get health care and a pension.',
    fr: 'Savoir comment accéder à la sécurité sociale, aux soins de santé et à la retraite.',
    ht: 'Konnen kijan pou w antre nan sekirite sosyal epi jwenn swen sante ak pansyon.',
  },
  BUSINESS_FORMALIZATION: {
    es: 'Registrar tu negocio y tener los permisos que pide la ley.',
    en: 'Register your business and get the permits the law requires.',
    fr: 'Déclarer votre activité et obtenir les autorisations exigées par la loi.',
    ht: 'Anrejistre biznis ou epi jwenn otorizasyon lalwa mande yo.',
  },
  TAXES: {
    es: 'Entender qué impuestos pagar, cuándo pagarlos y cómo declararlos.',
    en: 'Understand which taxes to pay, when to pay them and how to file.',
    fr: 'Comprendre quels impôts payer, quand les payer et comment les déclarer.',
    ht: 'Konprann ki taks pou w peye, ki lè pou w peye yo ak kijan pou w deklare yo.',
  },
  CREDIT_ACCESS: {
    es: 'Encontrar préstamos justos y preparar lo que te piden para obtenerlos.',
    en: 'Find fair loans and get ready what lenders ask for.',
    fr: 'Trouver des prêts équitables et préparer ce que les prêteurs demandent.',
    ht: 'Jwenn prè ki jis epi prepare sa yo mande w pou w jwenn yo.',
  },
  SEED_CAPITAL: {
    es: 'Buscar fondos o concursos que dan dinero para empezar o hacer crecer tu negocio.',
    en: 'Look for funds or contests that give money to start or grow your business.',
    fr: "Chercher des fonds ou des concours qui donnent de l'argent pour lancer ou développer votre activité.",
    ht: 'Chèche fon oswa konkou ki bay lajan pou kòmanse oswa fè biznis ou grandi.',
  },
  BUSINESS_PLAN: {
    es: 'Poner tu idea en papel: qué vendes, a quién, cuánto te cuesta y cuánto ganas.',
    en: 'Put your idea on paper: what you sell, to whom, what it costs you and what you earn.',
    fr: 'Mettre votre idée sur papier : ce que vous vendez, à qui, ce que cela vous coûte et ce que vous gagnez.',
    ht: 'Mete lide w sou papye: sa w ap vann, bay kiyès, konbyen sa koute w ak konbyen w ap fè.',
  },
  MARKETING_SALES: {
    es: 'Conseguir más clientes y dar a conocer lo que vendes.',
    en: 'Find more customers and let people know what you sell.',
    fr: 'Trouver plus de clients et faire connaître ce que vous vendez.',
    ht: 'Jwenn plis kliyan epi fè moun konnen sa w ap vann.',
  },
  PSYCHOSOCIAL_SUPPORT: {
    es: 'Hablar con alguien de confianza cuando te sientes cansada, triste o con miedo.',
    en: 'Talk with someone you can trust when you feel tired, sad or afraid.',
    fr: 'Parler à une personne de confiance quand vous êtes fatiguée, triste ou que vous avez peur.',
    ht: 'Pale ak yon moun ou ka fè konfyans lè w santi w fatige, tris oswa w pè.',
  },
  VIOLENCE_SURVIVOR_SUPPORT: {
    es: 'Apoyo seguro y confidencial si viviste o estás viviendo violencia.',
    en: 'Safe, confidential support if you have lived or are living through violence.',
    fr: 'Un soutien sûr et confidentiel si vous avez subi ou subissez des violences.',
    ht: 'Sipò an sekirite e konfidansyèl si w te viv oswa w ap viv vyolans.',
  },
};

/** A language's name in each UI locale (its name in itself is `LANGUAGES[].name` in codes.ts). */
export const LANGUAGE_LABELS: Record<LanguageCode, Labels> = {
  es: { es: 'Español', en: 'Spanish', fr: 'Espagnol', ht: 'Panyòl' },
  en: { es: 'Inglés', en: 'English', fr: 'Anglais', ht: 'Angle' },
  fr: { es: 'Francés', en: 'French', fr: 'Français', ht: 'Franse' },
  ht: { es: 'Criollo haitiano', en: 'Haitian Creole', fr: 'Créole haïtien', ht: 'Kreyòl ayisyen' },
  pt: { es: 'Portugués', en: 'Portuguese', fr: 'Portugais', ht: 'Pòtigè' },
  quc: { es: "K'iche'", en: "K'iche'", fr: "K'iche'", ht: "K'iche'" },
  mam: { es: 'Mam', en: 'Mam', fr: 'Mam', ht: 'Mam' },
  kek: { es: "Q'eqchi'", en: "Q'eqchi'", fr: "Q'eqchi'", ht: "Q'eqchi'" },
  cak: { es: 'Kaqchikel', en: 'Kaqchikel', fr: 'Kaqchikel', ht: 'Kaqchikel' },
  cab: { es: 'Garífuna', en: 'Garifuna', fr: 'Garifuna', ht: 'Garifuna' },
  miq: { es: 'Miskito', en: 'Miskito', fr: 'Miskito', ht: 'Miskito' },
  gym: { es: 'Ngäbere', en: 'Ngäbere', fr: 'Ngäbere', ht: 'Ngäbere' },
  cuk: { es: 'Guna', en: 'Guna', fr: 'Guna', ht: 'Guna' },
};

export const LANGUAGE_LEVEL_LABELS: Record<LanguageLevel, Labels> = {
  NATIVE: { es: 'Lengua materna', en: 'Native', fr: 'Langue maternelle', ht: 'Lang manman' },
  FLUENT: { es: 'Fluido', en: 'Fluent', fr: 'Courant', ht: 'Pale l byen' },
  CONVERSATIONAL: { es: 'Puedo conversar', en: 'Conversational', fr: 'Intermédiaire', ht: 'Ka fè konvèsasyon' },
  BASIC: { es: 'Básico', en: 'Basic', fr: 'Notions de base', ht: 'Konn kèk mo' },
};

export const COUNTRY_LABELS: Record<CountryCode, Labels> = {
  GT: { es: 'Guatemala', en: 'Guatemala', fr: 'Guatemala', ht: 'Gwatemala' },
  SV: { es: 'El Salvador', en: 'El Salvador', fr: 'Salvador', ht: 'Salvadò' },
  HN: { es: 'Honduras', en: 'Honduras', fr: 'Honduras', ht: 'Ondiras' },
  NI: { es: 'Nicaragua', en: 'Nicaragua', fr: 'Nicaragua', ht: 'Nikaragwa' },
  CR: { es: 'Costa Rica', en: 'Costa Rica', fr: 'Costa Rica', ht: 'Kosta Rika' },
  PA: { es: 'Panamá', en: 'Panama', fr: 'Panama', ht: 'Panama' },
  BZ: { es: 'Belice', en: 'Belize', fr: 'Belize', ht: 'Beliz' },
  DO: { es: 'República Dominicana', en: 'Dominican Republic', fr: 'République dominicaine', ht: 'Repiblik Dominikèn' },
  VE: { es: 'Venezuela', en: 'Venezuela', fr: 'Venezuela', ht: 'Venezwela' },
  HT: { es: 'Haití', en: 'Haiti', fr: 'Haïti', ht: 'Ayiti' },
  CO: { es: 'Colombia', en: 'Colombia', fr: 'Colombie', ht: 'Kolonbi' },
  CU: { es: 'Cuba', en: 'Cuba', fr: 'Cuba', ht: 'Kiba' },
  MX: { es: 'México', en: 'Mexico', fr: 'Mexique', ht: 'Meksik' },
  EC: { es: 'Ecuador', en: 'Ecuador', fr: 'Équateur', ht: 'Ekwatè' },
  PE: { es: 'Perú', en: 'Peru', fr: 'Pérou', ht: 'Pewou' },
  US: { es: 'Estados Unidos', en: 'United States', fr: 'États-Unis', ht: 'Etazini' },
};

export const SECTOR_LABELS: Record<Sector, Labels> = {
  FOOD: { es: 'Comida y alimentos', en: 'Food', fr: 'Alimentation', ht: 'Manje' },
  CRAFTS: { es: 'Artesanías', en: 'Crafts', fr: 'Artisanat', ht: 'Atizana' },
  BEAUTY: {
    es: 'Belleza y cuidado personal',
    en: 'Beauty and personal care',
    fr: 'Beauté et soins',
    ht: 'Bèlte ak swen kò',
  },
  CLOTHING_TEXTILES: {
    es: 'Ropa y textiles',
    en: 'Clothing and textiles',
    fr: 'Vêtements et textiles',
    ht: 'Rad ak twal',
  },
  RETAIL: { es: 'Comercio y tienda', en: 'Shop and retail', fr: 'Commerce et boutique', ht: 'Komès ak boutik' },
  AGRICULTURE: { es: 'Agricultura', en: 'Farming', fr: 'Agriculture', ht: 'Agrikilti' },
  CLEANING_SERVICES: {
    es: 'Servicios de limpieza',
    en: 'Cleaning services',
    fr: 'Services de nettoyage',
    ht: 'Sèvis netwayaj',
  },
  CARE_SERVICES: { es: 'Cuidado de personas', en: 'Caring for people', fr: 'Aide à la personne', ht: 'Pran swen moun' },
  TECHNOLOGY: { es: 'Tecnología', en: 'Technology', fr: 'Technologie', ht: 'Teknoloji' },
  TOURISM_HOSPITALITY: {
    es: 'Turismo y hotelería',
    en: 'Tourism and hospitality',
    fr: 'Tourisme et hôtellerie',
    ht: 'Touris ak otèl',
  },
  TRANSPORT: { es: 'Transporte', en: 'Transport', fr: 'Transport', ht: 'Transpò' },
  EDUCATION: { es: 'Educación', en: 'Education', fr: 'Éducation', ht: 'Edikasyon' },
  OTHER: { es: 'Otro', en: 'Other', fr: 'Autre', ht: 'Lòt' },
};

export const BUSINESS_STAGE_LABELS: Record<BusinessStage, Labels> = {
  IDEA: { es: 'Tengo una idea', en: 'Just an idea', fr: 'Juste une idée', ht: 'Se yon lide' },
  STARTING: { es: 'Empezando', en: 'Just starting', fr: 'En démarrage', ht: 'Ap kòmanse' },
  RUNNING: { es: 'Ya funciona', en: 'Up and running', fr: 'En activité', ht: 'Ap mache deja' },
  GROWING: { es: 'Creciendo', en: 'Growing', fr: 'En croissance', ht: 'Ap grandi' },
};

export const MODALITY_LABELS: Record<Modality, Labels> = {
  CHAT: { es: 'Mensajes por chat', en: 'Chat messages', fr: 'Messages écrits', ht: 'Mesaj ekri' },
  CALL: {
    es: 'Llamada o videollamada',
    en: 'Phone or video call',
    fr: 'Appel ou appel vidéo',
    ht: 'Apèl oswa apèl videyo',
  },
  IN_PERSON: { es: 'En persona', en: 'In person', fr: 'En personne', ht: 'Fas a fas' },
};

export const URGENCY_LABELS: Record<Urgency, Labels> = {
  LOW: { es: 'Puede esperar', en: 'Can wait', fr: 'Peut attendre', ht: 'Ka tann' },
  NORMAL: { es: 'Normal', en: 'Normal', fr: 'Normale', ht: 'Nòmal' },
  HIGH: { es: 'Urgente', en: 'Urgent', fr: 'Urgente', ht: 'Ijan' },
};

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WEEKDAY_LABELS: Record<Weekday, Labels> = {
  1: { es: 'Lunes', en: 'Monday', fr: 'Lundi', ht: 'Lendi' },
  2: { es: 'Martes', en: 'Tuesday', fr: 'Mardi', ht: 'Madi' },
  3: { es: 'Miércoles', en: 'Wednesday', fr: 'Mercredi', ht: 'Mèkredi' },
  4: { es: 'Jueves', en: 'Thursday', fr: 'Jeudi', ht: 'Jedi' },
  5: { es: 'Viernes', en: 'Friday', fr: 'Vendredi', ht: 'Vandredi' },
  6: { es: 'Sábado', en: 'Saturday', fr: 'Samedi', ht: 'Samdi' },
  7: { es: 'Domingo', en: 'Sunday', fr: 'Dimanche', ht: 'Dimanch' },
};

export const MATCH_STATUS_LABELS: Record<MatchStatus, Labels> = {
  PROPOSED: { es: 'Propuesta', en: 'Proposed', fr: 'Proposée', ht: 'Pwopoze' },
  APPROVED: {
    es: 'Aprobada, invitación enviada',
    en: 'Approved, invitation sent',
    fr: 'Approuvée, invitation envoyée',
    ht: 'Apwouve, envitasyon voye',
  },
  ACCEPTED: { es: 'Aceptada', en: 'Accepted', fr: 'Acceptée', ht: 'Aksepte' },
  ACTIVE: { es: 'En curso', en: 'Active', fr: 'En cours', ht: 'Ap mache' },
  COMPLETED: { es: 'Terminada', en: 'Completed', fr: 'Terminée', ht: 'Fini' },
  WITHDRAWN: { es: 'Retirada', en: 'Withdrawn', fr: 'Retirée', ht: 'Retire' },
  DECLINED: { es: 'Declinada', en: 'Declined', fr: 'Déclinée', ht: 'Refize' },
  REJECTED: { es: 'Descartada', en: 'Rejected', fr: 'Rejetée', ht: 'Rejte' },
  EXPIRED: { es: 'Vencida', en: 'Expired', fr: 'Expirée', ht: 'Ekspire' },
};

export const MATCH_REASON_LABELS: Record<MatchReasonCode, Labels> = {
  NO_TIME: { es: 'No tengo tiempo', en: 'I have no time', fr: 'Je n’ai pas le temps', ht: 'Mwen pa gen tan' },
  OUTSIDE_EXPERTISE: {
    es: 'Fuera de mi especialidad',
    en: 'Outside my expertise',
    fr: 'Hors de mon domaine',
    ht: 'Se pa domèn mwen',
  },
  LANGUAGE_BARRIER: {
    es: 'No hablamos el mismo idioma',
    en: 'We do not share a language',
    fr: 'Nous ne parlons pas la même langue',
    ht: 'Nou pa pale menm lang',
  },
  CONFLICT_OF_INTEREST: {
    es: 'Conflicto de intereses',
    en: 'Conflict of interest',
    fr: 'Conflit d’intérêts',
    ht: 'Konfli enterè',
  },
  BETTER_CANDIDATE: {
    es: 'Hay alguien más indicada',
    en: 'Someone else fits better',
    fr: 'Quelqu’un d’autre convient mieux',
    ht: 'Gen yon lòt moun ki pi bon',
  },
  NOT_SUITABLE: { es: 'No es adecuado', en: 'Not suitable', fr: 'Ne convient pas', ht: 'Sa pa bon' },
  SWAPPED: {
    es: 'Cambiada por otra persona',
    en: 'Swapped for someone else',
    fr: 'Remplacée par une autre personne',
    ht: 'Ranplase pa yon lòt moun',
  },
  NO_LONGER_NEEDED: { es: 'Ya no hace falta', en: 'No longer needed', fr: 'Plus nécessaire', ht: 'Pa bezwen ankò' },
  NOT_RESPONDING: { es: 'No responde', en: 'Not responding', fr: 'Ne répond pas', ht: 'Li pa reponn' },
  PERSONAL_REASONS: {
    es: 'Motivos personales',
    en: 'Personal reasons',
    fr: 'Raisons personnelles',
    ht: 'Rezon pèsonèl',
  },
  ACCOUNT_DELETED: { es: 'Cuenta eliminada', en: 'Account deleted', fr: 'Compte supprimé', ht: 'Kont lan efase' },
  SAFETY_CONCERN: {
    es: 'Preocupación por la seguridad',
    en: 'Safety concern',
    fr: 'Inquiétude pour la sécurité',
    ht: 'Enkyetid pou sekirite',
  },
  MISCONDUCT: { es: 'Conducta inapropiada', en: 'Misconduct', fr: 'Comportement inapproprié', ht: 'Move konpòtman' },
  OTHER: { es: 'Otro motivo', en: 'Another reason', fr: 'Autre raison', ht: 'Yon lòt rezon' },
};

export const MATCH_OUTCOME_LABELS: Record<MatchOutcome, Labels> = {
  GOALS_MET: {
    es: 'Se lograron los objetivos',
    en: 'Goals met',
    fr: 'Objectifs atteints',
    ht: 'Objektif yo atenn',
  },
  PARTLY_MET: {
    es: 'Se lograron en parte',
    en: 'Goals partly met',
    fr: 'Objectifs atteints en partie',
    ht: 'Objektif yo atenn an pati',
  },
  NOT_MET: {
    es: 'No se lograron',
    en: 'Goals not met',
    fr: 'Objectifs non atteints',
    ht: 'Objektif yo pa atenn',
  },
  CONDUCT_PROBLEM: {
    es: 'Hubo un problema de conducta',
    en: 'There was a conduct problem',
    fr: 'Il y a eu un problème de comportement',
    ht: 'Te gen yon pwoblèm konpòtman',
  },
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, Labels> = {
  NOT_STARTED: { es: 'Sin empezar', en: 'Not started', fr: 'Pas commencé', ht: 'Poko kòmanse' },
  IN_PROGRESS: { es: 'En marcha', en: 'In progress', fr: 'En cours', ht: 'Ap avanse' },
  DONE: { es: 'Logrado', en: 'Done', fr: 'Atteint', ht: 'Fini' },
  DROPPED: { es: 'Dejado de lado', en: 'Dropped', fr: 'Abandonné', ht: 'Kite tonbe' },
};

/** Categories of the services directory, as she reads them on its filters and cards. */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, Labels> = {
  PROTECTION: { es: 'Protección', en: 'Protection', fr: 'Protection', ht: 'Pwoteksyon' },
  HEALTH: { es: 'Salud', en: 'Health', fr: 'Santé', ht: 'Sante' },
  EDUCATION: { es: 'Educación', en: 'Education', fr: 'Éducation', ht: 'Edikasyon' },
  LEGAL_ASSISTANCE: { es: 'Asistencia legal', en: 'Legal assistance', fr: 'Aide juridique', ht: 'Èd jiridik' },
  GBV_REPORTING: {
    es: 'Denunciar la violencia contra las mujeres',
    en: 'Reporting gender-based violence',
    fr: 'Signaler les violences faites aux femmes',
    ht: 'Denonse vyolans sou fanm',
  },
  MIGRATION_PROCEDURES: {
    es: 'Trámites migratorios',
    en: 'Migration procedures',
    fr: 'Démarches migratoires',
    ht: 'Demach imigrasyon',
  },
  FINANCING: {
    es: 'Programas de financiamiento',
    en: 'Financing programmes',
    fr: 'Programmes de financement',
    ht: 'Pwogram finansman',
  },
};

/** Why a demand is still open, as a coordinator reads it on her recruiting view. */
export const OPEN_DEMAND_REASON_LABELS: Record<OpenDemandReasonCode, Labels> = {
  KIND_NOT_OFFERED: {
    es: 'Nadie da este tipo de apoyo',
    en: 'Nobody gives this kind of support',
    fr: 'Personne n’offre ce soutien',
    ht: 'Pèsonn pa bay kalite sipò sa a',
  },
  NOT_ACTIVE: {
    es: 'Las personas indicadas están en pausa',
    en: 'The right people are paused',
    fr: 'Les bonnes personnes sont en pause',
    ht: 'Moun yo an poz',
  },
  NOT_VERIFIED: {
    es: 'Las asesoras indicadas no están verificadas',
    en: 'The right advisers are not verified',
    fr: 'Les bonnes conseillères ne sont pas vérifiées',
    ht: 'Konseye yo poko verifye',
  },
  NO_SHARED_LANGUAGE: {
    es: 'Nadie habla sus idiomas',
    en: 'Nobody speaks her languages',
    fr: 'Personne ne parle ses langues',
    ht: 'Pèsonn pa pale lang li yo',
  },
  NO_JURISDICTION: {
    es: 'Nadie asesora sobre las leyes de su país',
    en: 'Nobody advises on the law of her country',
    fr: 'Personne ne conseille sur le droit de son pays',
    ht: 'Pèsonn pa bay konsèy sou lalwa peyi li',
  },
  IN_PERSON_NOT_OFFERED: {
    es: 'Nadie ofrece este apoyo en persona',
    en: 'Nobody offers this support in person',
    fr: 'Personne n’offre ce soutien en personne',
    ht: 'Pèsonn pa bay sipò sa a fas a fas',
  },
  DIFFERENT_CITY: {
    es: 'Nadie en su ciudad para verse en persona',
    en: 'Nobody in her city to meet in person',
    fr: 'Personne dans sa ville pour se voir en personne',
    ht: 'Pèsonn nan vil li pou wè fas a fas',
  },
  NO_CAPACITY: {
    es: 'Nadie tiene lugar',
    en: 'Nobody has room',
    fr: 'Personne n’a de place',
    ht: 'Pèsonn pa gen plas',
  },
  SAME_PERSON: {
    es: 'Sería la misma persona',
    en: 'It would be the same person',
    fr: 'Ce serait la même personne',
    ht: 'Se ta menm moun nan',
  },
  BLOCKED: {
    es: 'Hay un bloqueo con las posibles',
    en: 'A block keeps her apart from those who could',
    fr: 'Un blocage la sépare de celles qui pourraient',
    ht: 'Gen yon blokaj ant li ak moun ki ta kapab yo',
  },
  ENDED_BADLY: {
    es: 'Ya terminó mal con las posibles',
    en: 'It already ended badly with those who could',
    fr: 'Cela s’est déjà mal terminé avec celles qui pourraient',
    ht: 'Sa te deja fini mal ak moun ki ta kapab yo',
  },
  TURNED_DOWN_BEFORE: {
    es: 'Ya se intentó con las posibles para este pedido',
    en: 'Those who could were already tried for this request',
    fr: 'On a déjà essayé avec celles qui pourraient pour cette demande',
    ht: 'Yo te deja eseye ak moun ki ta kapab yo pou demann sa a',
  },
  CAPACITY_EXHAUSTED: {
    es: 'Quienes podrían ya no tienen lugar',
    en: 'Everyone who could is full',
    fr: 'Toutes celles qui pourraient sont complètes',
    ht: 'Tout moun ki ta kapab yo plen',
  },
  AWAITING_ROUND: {
    es: 'Lista para la próxima ronda',
    en: 'Ready for the next round',
    fr: 'Prête pour le prochain tour',
    ht: 'Pare pou pwochen wonn lan',
  },
};

/**
 * Why a supporter is proposed, one line per score term, addressed to the entrepreneur. `{{name}}` stands
 * for the reason's parameter of that name (codes such as a language or country are labelled first).
 */
export const SCORE_REASON_LABELS: Record<ReasonCode, Labels> = {
  NEEDS_COVERED: {
    es: 'Ayuda con {{covered}} de {{total}} cosas que pediste',
    en: 'Helps with {{covered}} of the {{total}} things you asked for',
    fr: 'Aide pour {{covered}} des {{total}} choses demandées',
    ht: 'Li ede ak {{covered}} sou {{total}} bagay ou te mande',
  },
  SHARED_LANGUAGE: {
    es: 'Habla {{lang}} ({{level}})',
    en: 'Speaks {{lang}} ({{level}})',
    fr: 'Parle {{lang}} ({{level}})',
    ht: 'Li pale {{lang}} ({{level}})',
  },
  JURISDICTION: {
    es: 'Asesora sobre las leyes de {{country}}',
    en: 'Advises on the law of {{country}}',
    fr: 'Conseille sur le droit de ce pays : {{country}}',
    ht: 'Li bay konsèy sou lalwa {{country}}',
  },
  LOCAL_MARKET: {
    es: 'Conoce el mercado de {{country}}',
    en: 'Knows the market in {{country}}',
    fr: 'Connaît le marché de ce pays : {{country}}',
    ht: 'Li konnen mache {{country}}',
  },
  SAME_COUNTRY: {
    es: 'Vive en tu país, {{country}}',
    en: 'Lives in your country, {{country}}',
    fr: 'Vit dans votre pays : {{country}}',
    ht: 'Li viv nan peyi ou, {{country}}',
  },
  OTHER_COUNTRY: {
    es: 'Vive en otro país: {{country}}',
    en: 'Lives in another country: {{country}}',
    fr: 'Vit dans un autre pays : {{country}}',
    ht: 'Li viv nan yon lòt peyi: {{country}}',
  },
  SECTOR_MATCH: {
    es: 'Conoce el sector: {{sector}}',
    en: 'Knows the sector: {{sector}}',
    fr: 'Connaît le secteur : {{sector}}',
    ht: 'Li konnen sektè a: {{sector}}',
  },
  SECTOR_OTHER: {
    es: 'Conoce otros sectores',
    en: 'Knows other sectors',
    fr: 'Connaît d’autres secteurs',
    ht: 'Li konnen lòt sektè',
  },
  SECTOR_UNKNOWN: {
    es: 'Sector sin indicar',
    en: 'Sector not given',
    fr: 'Secteur non indiqué',
    ht: 'Sektè a pa endike',
  },
  STAGE_MATCH: {
    es: 'Acompaña negocios en tu etapa: {{stage}}',
    en: 'Supports businesses at your stage: {{stage}}',
    fr: 'Accompagne les activités à votre étape : {{stage}}',
    ht: 'Li akonpaye biznis nan etap ou: {{stage}}',
  },
  STAGE_ANY: {
    es: 'Acompaña negocios en cualquier etapa',
    en: 'Supports businesses at any stage',
    fr: 'Accompagne les activités à toute étape',
    ht: 'Li akonpaye biznis nan nenpòt etap',
  },
  STAGE_OTHER: {
    es: 'Suele acompañar negocios en otra etapa',
    en: 'Usually supports businesses at another stage',
    fr: 'Accompagne plutôt des activités à une autre étape',
    ht: 'Li konn akonpaye biznis nan yon lòt etap',
  },
  AVAILABILITY_OVERLAP: {
    es: 'Tienen {{hours}} horas libres en común por semana',
    en: 'You share {{hours}} free hours a week',
    fr: 'Vous avez {{hours}} heures libres en commun par semaine',
    ht: 'Nou gen {{hours}} èdtan lib ansanm chak semèn',
  },
  NO_COMMON_TIME: {
    es: 'Todavía no tienen horarios en común',
    en: 'You have no free time in common yet',
    fr: 'Vous n’avez pas encore d’horaires en commun',
    ht: 'Nou poko gen lè lib ansanm',
  },
  URGENCY: {
    es: 'Urgencia: {{urgency}}',
    en: 'Urgency: {{urgency}}',
    fr: 'Urgence : {{urgency}}',
    ht: 'Ijans: {{urgency}}',
  },
  WAITING: {
    es: 'Llevas {{days}} días esperando',
    en: 'You have waited {{days}} days',
    fr: 'Vous attendez depuis {{days}} jours',
    ht: 'Sa fè {{days}} jou w ap tann',
  },
  FREE_CAPACITY: {
    es: 'Tiene lugar para {{free}} de {{capacity}} personas',
    en: 'Has room for {{free}} of {{capacity}} people',
    fr: 'A de la place pour {{free}} personnes sur {{capacity}}',
    ht: 'Li gen plas pou {{free}} moun sou {{capacity}}',
  },
  TRACK_RECORD: {
    es: 'Ha acompañado {{completed}} procesos hasta el final',
    en: 'Has seen {{completed}} matches through to the end',
    fr: 'A mené {{completed}} accompagnements jusqu’au bout',
    ht: 'Li akonpaye {{completed}} moun jiska lafen',
  },
  NEW_SUPPORTER: {
    es: 'Es nueva en la red',
    en: 'New to the network',
    fr: 'Nouvelle dans le réseau',
    ht: 'Li nouvo nan rezo a',
  },
};

/**
 * The label of `code` in `locale`. Falls back to Spanish when the locale has no label (e.g. a locale
 * string from outside that is not one of LOCALES), and to the code itself when the code is unknown
 * (e.g. a value from an older or newer client), so a screen never shows an empty string.
 */
export function vocabularyLabel<K extends string | number>(
  table: Readonly<Record<K, Labels>>,
  code: K,
  locale: Locale,
): string {
  const labels: Partial<Labels> | undefined = (table as Partial<Record<K, Labels>>)[code];
  if (!labels) return String(code);
  return labels[locale] || labels.es || String(code);
}
