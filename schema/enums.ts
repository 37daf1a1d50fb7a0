/**
 * Enumerations of the purchasing model. Each is a PostgreSQL enum type of the same
 * snake_case name (created in migrations/1795300001000-PurchasingModel.ts); the TypeScript
 * string enums can be registered as GraphQL enums as they are.
 */

/** Open House (open house-procedure) admission status of a provider. */
/**
 * How a region shares the cost of its heavy (solidair) segments: by each municipality's 3-year rolling average of youths
 * in care, or by an objective key it fixed per municipality and year (solidariteit_sleutel).
 */
export enum SolidariteitVerdeelsleutel {
  inwoners_jeugd_3jr = 'inwoners_jeugd_3jr',
  objectief = 'objectief',
}

export enum OpenHouseStatus {
  none = 'none',
  applied = 'applied',
  admitted = 'admitted',
  suspended = 'suspended',
  withdrawn = 'withdrawn',
}

/** How a segment is procured. */
export enum ProcurementMethod {
  /** Aanbesteding via the sociale en andere specifieke diensten (SAS) procedure. */
  aanbesteding_sas = 'aanbesteding_sas',
  mededingingsprocedure_onderhandeling = 'mededingingsprocedure_onderhandeling',
  open_house = 'open_house',
  begrotingssubsidie = 'begrotingssubsidie',
  subsidie = 'subsidie',
  inbesteden = 'inbesteden',
}

/** How a segment is funded: P×Q effort, output/trajectory, or a task-based lumpsum. */
export enum FundingModel {
  inspanningsgericht = 'inspanningsgericht',
  outputgericht = 'outputgericht',
  taakgericht = 'taakgericht',
}

export enum ContractStatus {
  concept = 'concept',
  active = 'active',
  suspended = 'suspended',
  ended = 'ended',
  terminated = 'terminated',
}

/** iJw uitvoeringsvariant of an allocation (Toewijzingsvarianten_inspanning-output.md). */
export enum AllocationVariant {
  inspanningsgericht = 'inspanningsgericht',
  outputgericht = 'outputgericht',
}

/**
 * Access routes to youth care (Jeugdwet art. 2.6 lid 1 onder e: the municipality's own
 * access, and the statutory referrers). Stored as text[]; a CHECK keeps the values in this list.
 */
export const ACCESS_ROUTES = [
  'jeugdteam',
  'huisarts',
  'jeugdarts',
  'medisch_specialist',
  'gecertificeerde_instelling',
  'rechter',
  'officier_van_justitie',
  'raad_voor_de_kinderbescherming',
  'vrije_toegang',
] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

/** WJ756 Eenheid (iJw 3.2). */
export const UNITS = {
  '01': 'Minuut',
  '04': 'Uur',
  '14': 'Etmaal',
  '16': 'Dagdeel (4 uur)',
  '82': 'Stuks (output)',
  '83': "Euro's",
  '84': 'Stuks (inspanning)',
} as const;
export type Unit = keyof typeof UNITS;
/** Units allowed per allocation variant (Toewijzingsvarianten_inspanning-output.md). */
export const UNITS_BY_VARIANT: Readonly<Record<AllocationVariant, readonly Unit[]>> = {
  [AllocationVariant.inspanningsgericht]: ['01', '04', '14', '16', '84'],
  [AllocationVariant.outputgericht]: ['82', '83'],
};

/** WMO757 Frequentie (iJw 3.2). */
export const FREQUENCIES = {
  '1': 'Per dag',
  '2': 'Per week',
  '4': 'Per maand',
  '6': 'Totaal binnen geldigheidsduur toewijzing',
} as const;
export type Frequency = keyof typeof FREQUENCIES;
