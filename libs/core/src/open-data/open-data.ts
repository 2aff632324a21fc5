/**
 * What every open data file of the portal declares (docs/open-data.md): the Licence Ouverte 2.0, in
 * the shape of a Table Schema / Data Package `licenses` entry, and its producer.
 */
export const LICENCE_OUVERTE_2 = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const OPEN_DATA_PRODUCER = 'Ministère de l’Éducation nationale — programme libre en éducation';
