// Pathways: the roads the network recommends, as goal templates a mentor or adviser adds to a mentorship
// in one step and then adapts. Steps name the institution of the woman's country of residence; the
// institutions are proper names and stay untranslated. Procedures change: every template says to check
// the details with an adviser, and the network's advisers review this table.
import type { CountryCode, Locale, Need } from '../vocabulary/codes.js';

export const PATHWAY_CODES = [
  'REGULARIZATION',
  'TAX_ID',
  'BANK_ACCOUNT',
  'CREDIT_SEED_CAPITAL',
  'FORMALIZATION',
  'SOCIAL_PROTECTION',
] as const;
export type PathwayCode = (typeof PATHWAY_CODES)[number];

/** The needs a pathway answers: a match for one of them shows that pathway first. */
export const PATHWAY_NEEDS: Record<PathwayCode, readonly Need[]> = {
  REGULARIZATION: ['REGULARIZATION', 'LABOR_RIGHTS'],
  TAX_ID: ['TAXES', 'BUSINESS_FORMALIZATION'],
  BANK_ACCOUNT: ['FINANCIAL_LITERACY', 'CREDIT_ACCESS', 'DIGITAL_SKILLS'],
  CREDIT_SEED_CAPITAL: ['CREDIT_ACCESS', 'SEED_CAPITAL', 'BUSINESS_PLAN'],
  FORMALIZATION: ['BUSINESS_FORMALIZATION', 'TAXES'],
  SOCIAL_PROTECTION: ['SOCIAL_PROTECTION', 'LABOR_RIGHTS'],
};

/** The public bodies a pathway's steps send her to, in one country. */
export interface PathwayInstitutions {
  migration: string;
  taxAuthority: string;
  taxId: string;
  businessRegistry: string;
  socialSecurity: string;
}

type Placeholder = keyof PathwayInstitutions;

/** Countries of the network; elsewhere the steps name the kind of office instead. */
export const PATHWAY_INSTITUTIONS: Partial<Record<CountryCode, PathwayInstitutions>> = {
  GT: {
    migration: 'Instituto Guatemalteco de Migración (IGM)',
    taxAuthority: 'Superintendencia de Administración Tributaria (SAT)',
    taxId: 'NIT',
    businessRegistry: 'Registro Mercantil General de la República',
    socialSecurity: 'Instituto Guatemalteco de Seguridad Social (IGSS)',
  },
  SV: {
    migration: 'Dirección General de Migración y Extranjería (DGME)',
    taxAuthority: 'Ministerio de Hacienda',
    taxId: 'NIT',
    businessRegistry: 'Centro Nacional de Registros (CNR)',
    socialSecurity: 'Instituto Salvadoreño del Seguro Social (ISSS)',
  },
  HN: {
    migration: 'Instituto Nacional de Migración (INM)',
    taxAuthority: 'Servicio de Administración de Rentas (SAR)',
    taxId: 'RTN',
    businessRegistry: 'Registro Mercantil',
    socialSecurity: 'Instituto Hondureño de Seguridad Social (IHSS)',
  },
  NI: {
    migration: 'Dirección General de Migración y Extranjería (DGME)',
    taxAuthority: 'Dirección General de Ingresos (DGI)',
    taxId: 'RUC',
    businessRegistry: 'Registro Público Mercantil',
    socialSecurity: 'Instituto Nicaragüense de Seguridad Social (INSS)',
  },
  CR: {
    migration: 'Dirección General de Migración y Extranjería (DGME)',
    taxAuthority: 'Ministerio de Hacienda',
    taxId: 'inscripción como contribuyente (Hacienda)',
    businessRegistry: 'Registro Nacional',
    socialSecurity: 'Caja Costarricense de Seguro Social (CCSS)',
  },
  PA: {
    migration: 'Servicio Nacional de Migración (SNM)',
    taxAuthority: 'Dirección General de Ingresos (DGI)',
    taxId: 'RUC',
    businessRegistry: 'Panamá Emprende',
    socialSecurity: 'Caja de Seguro Social (CSS)',
  },
  BZ: {
    migration: 'Immigration and Nationality Department',
    taxAuthority: 'Belize Tax Service',
    taxId: 'TIN',
    businessRegistry: 'Belize Companies and Corporate Affairs Registry (BCCAR)',
    socialSecurity: 'Social Security Board',
  },
  DO: {
    migration: 'Dirección General de Migración (DGM)',
    taxAuthority: 'Dirección General de Impuestos Internos (DGII)',
    taxId: 'RNC',
    businessRegistry: 'Cámara de Comercio y Producción (Registro Mercantil)',
    socialSecurity: 'Tesorería de la Seguridad Social (TSS)',
  },
};

/** Outside the network's countries: the kind of office, in each language. */
const GENERIC_INSTITUTIONS: Record<Locale, PathwayInstitutions> = {
  es: {
    migration: 'la oficina de migración',
    taxAuthority: 'la administración tributaria',
    taxId: 'número de identificación tributaria',
    businessRegistry: 'el registro de comercio',
    socialSecurity: 'la seguridad social',
  },
  en: {
    migration: 'the immigration office',
    taxAuthority: 'the tax administration',
    taxId: 'tax identification number',
    businessRegistry: 'the business registry',
    socialSecurity: 'social security',
  },
  fr: {
    migration: "le service de l'immigration",
    taxAuthority: "l'administration fiscale",
    taxId: "numéro d'identification fiscale",
    businessRegistry: 'le registre du commerce',
    socialSecurity: 'la sécurité sociale',
  },
  ht: {
    migration: 'biwo imigrasyon an',
    taxAuthority: 'administrasyon taks la',
    taxId: 'nimewo idantifikasyon fiskal',
    businessRegistry: 'rejis komès la',
    socialSecurity: 'sekirite sosyal',
  },
};

interface PathwayText {
  title: string;
  description: string;
  milestones: string[];
}

const CHECK: Record<Locale, string> = {
  es: 'Los trámites cambian: confirma cada paso con una asesora.',
  en: 'Procedures change: check each step with an adviser.',
  fr: 'Les démarches changent : vérifiez chaque étape avec une conseillère.',
  ht: 'Demach yo chanje: verifye chak etap ak yon konseye.',
};

const TEXTS: Record<PathwayCode, Record<Locale, PathwayText>> = {
  REGULARIZATION: {
    es: {
      title: 'Regularizar mi situación migratoria',
      description: 'Obtener un documento de residencia o de trabajo ante {{migration}}.',
      milestones: [
        'Reunir pasaporte o documento de identidad, partida de nacimiento y antecedentes penales',
        'Preguntar a una asesora legal qué categoría migratoria corresponde a mi caso',
        'Presentar la solicitud ante {{migration}}',
        'Pagar las tasas y guardar todos los comprobantes',
        'Recoger mi documento de residencia o de trabajo',
      ],
    },
    en: {
      title: 'Regularize my migration status',
      description: 'Get a residence or work document from {{migration}}.',
      milestones: [
        'Gather passport or identity document, birth certificate and criminal record certificate',
        'Ask a legal adviser which migration category fits my case',
        'Submit the application to {{migration}}',
        'Pay the fees and keep every receipt',
        'Collect my residence or work document',
      ],
    },
    fr: {
      title: 'Régulariser ma situation migratoire',
      description: 'Obtenir un titre de séjour ou de travail auprès de {{migration}}.',
      milestones: [
        "Réunir passeport ou pièce d'identité, acte de naissance et extrait de casier judiciaire",
        'Demander à une conseillère juridique quelle catégorie migratoire correspond à mon cas',
        'Déposer la demande auprès de {{migration}}',
        'Payer les frais et garder tous les reçus',
        'Retirer mon titre de séjour ou de travail',
      ],
    },
    ht: {
      title: 'Regilarize sitiyasyon imigrasyon mwen',
      description: 'Jwenn yon dokiman rezidans oswa travay nan {{migration}}.',
      milestones: [
        'Rasanble paspò oswa kat idantite, batistè ak papye dosye kriminèl',
        'Mande yon konseye legal ki kategori imigrasyon ki bon pou ka mwen',
        'Depoze demann nan nan {{migration}}',
        'Peye frè yo epi kenbe tout resi yo',
        'Al chèche dokiman rezidans oswa travay mwen',
      ],
    },
  },
  TAX_ID: {
    es: {
      title: 'Obtener mi identificación tributaria',
      description: 'Inscribirme ante {{taxAuthority}} ({{taxId}}) para poder facturar y pagar impuestos.',
      milestones: [
        'Tener a mano mi documento de identidad o de residencia',
        'Inscribirme ante {{taxAuthority}} para obtener mi {{taxId}}',
        'Saber qué impuestos y qué fechas de declaración aplican a mi negocio',
        'Ordenar cada mes los comprobantes de ventas y gastos',
      ],
    },
    en: {
      title: 'Get my tax identification',
      description: 'Register with {{taxAuthority}} ({{taxId}}) so I can invoice and pay taxes.',
      milestones: [
        'Have my identity or residence document at hand',
        'Register with {{taxAuthority}} to get my {{taxId}}',
        'Learn which taxes and filing dates apply to my business',
        'Sort my sales and expense receipts every month',
      ],
    },
    fr: {
      title: 'Obtenir mon identifiant fiscal',
      description: "M'inscrire auprès de {{taxAuthority}} ({{taxId}}) pour facturer et payer mes impôts.",
      milestones: [
        "Avoir sous la main ma pièce d'identité ou mon titre de séjour",
        "M'inscrire auprès de {{taxAuthority}} pour obtenir mon {{taxId}}",
        "Savoir quels impôts et quelles dates de déclaration s'appliquent à mon entreprise",
        'Classer chaque mois les justificatifs de ventes et de dépenses',
      ],
    },
    ht: {
      title: 'Jwenn idantifikasyon fiskal mwen',
      description: 'Enskri nan {{taxAuthority}} ({{taxId}}) pou m ka fè fakti epi peye taks.',
      milestones: [
        'Gen dokiman idantite oswa rezidans mwen sou men m',
        'Enskri nan {{taxAuthority}} pou m jwenn {{taxId}} mwen',
        'Konnen ki taks ak ki dat deklarasyon ki aplike pou biznis mwen',
        'Ranje resi lavant ak depans mwen chak mwa',
      ],
    },
  },
  BANK_ACCOUNT: {
    es: {
      title: 'Abrir una cuenta bancaria',
      description: 'Una cuenta a mi nombre para guardar mi dinero y recibir pagos.',
      milestones: [
        'Comparar cuentas de bancos y cooperativas con pocas comisiones y sin saldo mínimo',
        'Reunir lo que piden: documento de identidad, comprobante de domicilio y de ingresos',
        'Abrir la cuenta',
        'Activar la banca móvil y guardar mi clave en secreto',
      ],
    },
    en: {
      title: 'Open a bank account',
      description: 'An account in my name to keep my money and receive payments.',
      milestones: [
        'Compare bank and cooperative accounts with low fees and no minimum balance',
        'Gather what they ask for: identity document, proof of address and of income',
        'Open the account',
        'Turn on mobile banking and keep my PIN secret',
      ],
    },
    fr: {
      title: 'Ouvrir un compte bancaire',
      description: 'Un compte à mon nom pour garder mon argent et recevoir des paiements.',
      milestones: [
        'Comparer les comptes des banques et coopératives peu coûteux et sans solde minimum',
        "Réunir ce qui est demandé : pièce d'identité, justificatif de domicile et de revenus",
        'Ouvrir le compte',
        'Activer la banque mobile et garder mon code secret',
      ],
    },
    ht: {
      title: 'Louvri yon kont labank',
      description: 'Yon kont sou non mwen pou m kenbe lajan m epi resevwa peman.',
      milestones: [
        'Konpare kont bank ak koperativ ki pa koute chè epi ki pa mande balans minimòm',
        'Rasanble sa yo mande: dokiman idantite, prèv adrès ak prèv revni',
        'Louvri kont lan',
        'Aktive bank sou telefòn nan epi kenbe kòd mwen sekrè',
      ],
    },
  },
  CREDIT_SEED_CAPITAL: {
    es: {
      title: 'Conseguir crédito o capital semilla',
      description: 'Financiar mi negocio con un fondo, un microcrédito o un grupo de ahorro.',
      milestones: [
        'Anotar cuánto dinero necesito y para qué',
        'Preparar un presupuesto y un plan de ventas sencillos',
        'Buscar fondos de capital semilla, microcréditos o grupos de ahorro',
        'Presentar la solicitud a un fondo o a una entidad',
        'Planificar cómo voy a pagar o rendir cuentas',
      ],
    },
    en: {
      title: 'Get credit or seed capital',
      description: 'Fund my business with a grant fund, a microloan or a savings group.',
      milestones: [
        'Write down how much money I need and what for',
        'Prepare a simple budget and sales plan',
        'Look for seed capital funds, microloans or savings groups',
        'Apply to one fund or lender',
        'Plan how I will repay or report back',
      ],
    },
    fr: {
      title: 'Obtenir un crédit ou un capital de démarrage',
      description: "Financer mon entreprise avec un fonds, un microcrédit ou un groupe d'épargne.",
      milestones: [
        "Noter combien d'argent il me faut et pour quoi faire",
        'Préparer un budget et un plan de ventes simples',
        "Chercher des fonds d'amorçage, des microcrédits ou des groupes d'épargne",
        'Déposer une demande auprès d’un fonds ou d’un organisme',
        'Prévoir comment je rembourserai ou rendrai compte',
      ],
    },
    ht: {
      title: 'Jwenn kredi oswa kapital pou kòmanse',
      description: 'Finanse biznis mwen ak yon fon, yon ti kredi oswa yon gwoup epay (sòl).',
      milestones: [
        'Ekri konbyen lajan mwen bezwen ak pou kisa',
        'Prepare yon ti bidjè ak yon plan lavant ki senp',
        'Chèche fon kapital pou kòmanse, ti kredi oswa gwoup epay',
        'Depoze yon demann nan yon fon oswa yon enstitisyon',
        'Planifye kijan m ap remèt lajan an oswa rann kont',
      ],
    },
  },
  FORMALIZATION: {
    es: {
      title: 'Formalizar mi negocio',
      description: 'Registrar el negocio en {{businessRegistry}} y ante {{taxAuthority}}.',
      milestones: [
        'Elegir el nombre y la forma legal del negocio',
        'Registrar el negocio en {{businessRegistry}}',
        'Obtener el {{taxId}} del negocio ante {{taxAuthority}}',
        'Pedir a la municipalidad la licencia de funcionamiento (y el permiso sanitario si vendo alimentos)',
        'Emitir mi primera factura',
      ],
    },
    en: {
      title: 'Formalize my business',
      description: 'Register the business with {{businessRegistry}} and {{taxAuthority}}.',
      milestones: [
        'Choose the name and legal form of the business',
        'Register the business with {{businessRegistry}}',
        'Get the business’s {{taxId}} from {{taxAuthority}}',
        'Ask the municipality for the operating licence (and the health permit if I sell food)',
        'Issue my first invoice',
      ],
    },
    fr: {
      title: 'Formaliser mon entreprise',
      description: 'Enregistrer l’entreprise auprès de {{businessRegistry}} et de {{taxAuthority}}.',
      milestones: [
        'Choisir le nom et la forme juridique de l’entreprise',
        'Enregistrer l’entreprise auprès de {{businessRegistry}}',
        'Obtenir le {{taxId}} de l’entreprise auprès de {{taxAuthority}}',
        "Demander à la mairie la licence d'exploitation (et le permis sanitaire si je vends des aliments)",
        'Émettre ma première facture',
      ],
    },
    ht: {
      title: 'Fòmalize biznis mwen',
      description: 'Anrejistre biznis lan nan {{businessRegistry}} ak nan {{taxAuthority}}.',
      milestones: [
        'Chwazi non ak fòm legal biznis lan',
        'Anrejistre biznis lan nan {{businessRegistry}}',
        'Jwenn {{taxId}} biznis lan nan {{taxAuthority}}',
        'Mande meri a lisans pou fonksyone (ak pèmi sanitè si m vann manje)',
        'Fè premye fakti mwen',
      ],
    },
  },
  SOCIAL_PROTECTION: {
    es: {
      title: 'Tener protección social',
      description: 'Afiliarme a {{socialSecurity}} para tener salud, maternidad y pensión.',
      milestones: [
        'Saber qué cubre {{socialSecurity}}: salud, maternidad, pensión',
        'Averiguar cómo se afilian las trabajadoras independientes',
        'Afiliarme a {{socialSecurity}}',
        'Pagar mi primera cotización y guardar el comprobante',
      ],
    },
    en: {
      title: 'Have social protection',
      description: 'Join {{socialSecurity}} for health care, maternity and a pension.',
      milestones: [
        'Learn what {{socialSecurity}} covers: health, maternity, pension',
        'Find out how self-employed women join',
        'Register with {{socialSecurity}}',
        'Pay my first contribution and keep the receipt',
      ],
    },
    fr: {
      title: 'Avoir une protection sociale',
      description: "M'affilier à {{socialSecurity}} pour la santé, la maternité et la retraite.",
      milestones: [
        'Savoir ce que couvre {{socialSecurity}} : santé, maternité, retraite',
        "Me renseigner sur l'affiliation des travailleuses indépendantes",
        "M'affilier à {{socialSecurity}}",
        'Payer ma première cotisation et garder le reçu',
      ],
    },
    ht: {
      title: 'Gen pwoteksyon sosyal',
      description: 'Afilye nan {{socialSecurity}} pou swen sante, matènite ak pansyon.',
      milestones: [
        'Konnen sa {{socialSecurity}} kouvri: sante, matènite, pansyon',
        'Chèche konnen kijan fanm ki travay pou tèt yo afilye',
        'Afilye nan {{socialSecurity}}',
        'Peye premye kotizasyon mwen epi kenbe resi a',
      ],
    },
  },
};

/** A pathway as it reads for one woman: her country's institutions, in the reader's language. */
export interface PathwayTemplate {
  code: PathwayCode;
  title: string;
  description: string;
  milestones: string[];
  /** True when the steps name her country's institutions; false when they name only the kind of office. */
  localized: boolean;
}

export function pathwayTemplate(code: PathwayCode, country: CountryCode, locale: Locale): PathwayTemplate {
  const institutions = PATHWAY_INSTITUTIONS[country];
  const names = institutions ?? GENERIC_INSTITUTIONS[locale];
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => names[key as Placeholder]);
  const text = TEXTS[code][locale];
  return {
    code,
    title: text.title,
    description: `${fill(text.description)} ${CHECK[locale]}`,
    milestones: text.milestones.map(fill),
    localized: institutions !== undefined,
  };
}

/** Every pathway for her country, those that answer her needs first (the order of PATHWAY_CODES otherwise). */
export function pathwaysFor(country: CountryCode, locale: Locale, needs: readonly Need[] = []): PathwayTemplate[] {
  const fits = (code: PathwayCode) => PATHWAY_NEEDS[code].some((need) => needs.includes(need));
  const ordered = [...PATHWAY_CODES.filter(fits), ...PATHWAY_CODES.filter((code) => !fits(code))];
  return ordered.map((code) => pathwayTemplate(code, country, locale));
}
