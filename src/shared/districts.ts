// Copenhagen's administrative districts (bydele) and the neighbourhoods the seeds name as local anchors.

export const DISTRICTS = [
  'Indre By',
  'Østerbro',
  'Nørrebro',
  'Vesterbro/Kongens Enghave',
  'Valby',
  'Vanløse',
  'Brønshøj-Husum',
  'Bispebjerg',
  'Amager Øst',
  'Amager Vest',
] as const;
export type District = (typeof DISTRICTS)[number];

/** Neighbourhood → the district it lies in (seed 000: Sydhavnen, Nordvest). */
export const NEIGHBOURHOODS: Record<string, District> = {
  Sydhavnen: 'Vesterbro/Kongens Enghave',
  Nordvest: 'Bispebjerg',
};

export function isDistrict(value: string): value is District {
  return (DISTRICTS as readonly string[]).includes(value);
}
