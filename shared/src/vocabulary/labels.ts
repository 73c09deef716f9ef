// Human labels of the shared vocabulary, in every locale of the user interface. Codes (codes.ts) are
// what is stored and sent; these labels are what people read. Each table is a Record over its code
// type, so adding a code without labelling it is a compile error.
//
// Need labels and descriptions are written for a woman who may read little: short, everyday words.
// Spanish is neutral Latin American and addresses the reader as "tú"; French uses "vous".

import type {
  BusinessStage,
  CountryCode,
  LanguageCode,
  LanguageLevel,
  Locale,
  Modality,
  Need,
  Pillar,
  Role,
  Sector,
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
