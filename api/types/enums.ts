import { registerEnumType } from 'type-graphql';
import {
  ACCESS_ROUTES,
  AllocationVariant,
  ContractStatus,
  FundingModel,
  OpenHouseStatus,
  ProcurementMethod,
} from '../../schema/enums';

// The model's TypeScript enums become GraphQL enums as they are (values = PostgreSQL enum labels).
registerEnumType(OpenHouseStatus, { name: 'OpenHouseStatus', description: 'Open House admission status of a provider.' });
registerEnumType(ProcurementMethod, { name: 'ProcurementMethod', description: 'How a segment is procured.' });
registerEnumType(FundingModel, { name: 'FundingModel', description: 'How a segment is funded: P×Q effort, output, or task-based lumpsum.' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(AllocationVariant, { name: 'AllocationVariant', description: 'iJw uitvoeringsvariant of an allocation.' });

/** text[] values of segment.access_routes, as a GraphQL enum. */
export const AccessRouteEnum = Object.freeze(Object.fromEntries(ACCESS_ROUTES.map((r) => [r, r])) as { [K in (typeof ACCESS_ROUTES)[number]]: K });
registerEnumType(AccessRouteEnum, { name: 'AccessRoute', description: 'Access route to youth care (Jeugdwet art. 2.6).' });

export { AllocationVariant, ContractStatus, FundingModel, OpenHouseStatus, ProcurementMethod };
