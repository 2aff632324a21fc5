/**
 * The demo accounts of the development identity provider: the people of ../shared/JOURNEYS.md,
 * each with an organisation, so that every journey is playable right after `npm start`.
 * Sign in with the account's login (e.g. `claire`) and any password.
 */
export interface DemoAccount {
  login: string;
  given_name: string;
  family_name: string;
  email: string;
  /** What the person does in the journeys; shown on the demo login page. */
  part: string;
  ouvroir_role: 'admin' | 'member' | 'guest';
  organisation_name: string;
  uai?: string;
  siret?: string;
  /** The « forme d’accord » the demo seed gives the account (never a claim: the person chooses it in Ouvroir). */
  agreement_form?: 'feminine' | 'masculine' | 'neutral';
  /** Sent as the `email_verified` claim when set (the demo accounts leave it out, as ProConnect does). */
  email_verified?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    login: 'claire',
    agreement_form: 'feminine',
    given_name: 'Claire',
    family_name: 'Le Goff',
    email: 'claire.legoff@ac-rennes.fr',
    part: 'enseignante de technologie, membre de groupe',
    ouvroir_role: 'member',
    organisation_name: 'Collège Anne de Bretagne (Rennes)',
    uai: '0350001A',
  },
  {
    login: 'karim',
    agreement_form: 'masculine',
    given_name: 'Karim',
    family_name: 'Benali',
    email: 'karim.benali@ac-rennes.fr',
    part: 'enseignant, co-auteur',
    ouvroir_role: 'member',
    organisation_name: 'Collège Anne de Bretagne (Rennes)',
    uai: '0350001A',
  },
  {
    login: 'samir',
    agreement_form: 'masculine',
    given_name: 'Samir',
    family_name: 'Haddad',
    email: 'samir.haddad@ac-rennes.fr',
    part: 'animateur de groupe de travail',
    ouvroir_role: 'member',
    organisation_name: 'Académie de Rennes',
  },
  {
    login: 'helene',
    agreement_form: 'feminine',
    given_name: 'Hélène',
    family_name: 'Marchand',
    email: 'helene.marchand@education.gouv.fr',
    part: 'membre du comité de pilotage, ouvre les scrutins',
    ouvroir_role: 'member',
    organisation_name: 'Direction du numérique pour l’éducation',
    siret: '11004301500012',
  },
  {
    login: 'marc',
    agreement_form: 'masculine',
    given_name: 'Marc',
    family_name: 'Dupuis',
    email: 'marc.dupuis@education.gouv.fr',
    part: 'membre votant du comité de pilotage',
    ouvroir_role: 'member',
    organisation_name: 'Direction du numérique pour l’éducation',
    siret: '11004301500012',
  },
  {
    login: 'aicha',
    agreement_form: 'feminine',
    given_name: 'Aïcha',
    family_name: 'Diallo',
    email: 'aicha.diallo@reseau-canope.fr',
    part: 'membre votante du comité, donne procuration',
    ouvroir_role: 'member',
    organisation_name: 'Réseau Canopé',
    siret: '18008901300015',
  },
  {
    login: 'yann',
    agreement_form: 'masculine',
    given_name: 'Yann',
    family_name: 'Kerbrat',
    email: 'yann.kerbrat@univ-rennes.fr',
    part: 'partenaire universitaire (invité)',
    ouvroir_role: 'guest',
    organisation_name: 'Université de Rennes',
  },
  {
    login: 'nadia',
    agreement_form: 'feminine',
    given_name: 'Nadia',
    family_name: 'Rahmani',
    email: 'nadia.rahmani@education.gouv.fr',
    part: 'administratrice de la plateforme',
    ouvroir_role: 'admin',
    organisation_name: 'Direction du numérique pour l’éducation',
    siret: '11004301500012',
  },
];
