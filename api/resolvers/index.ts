import type { NonEmptyArray } from 'type-graphql';
import { AuditResolver } from './AuditResolver';
import { BerichtLogResolver } from './BerichtLogResolver';
import { BudgetResolver } from './BudgetResolver';
import { ClientResolver } from './ClientResolver';
import { ContractDeadlineResolver, ContractResolver } from './ContractResolver';
import { DeclaratieResolver } from './DeclaratieResolver';
import { MonitoringDoorlooptijdenResolver } from './MonitoringDoorlooptijdenResolver';
import { MonitoringGebruikResolver } from './MonitoringGebruikResolver';
import { MonitoringVerwijzingenResolver } from './MonitoringVerwijzingenResolver';
import { MonitoringGeldResolver } from './MonitoringGeldResolver';
import { MonitoringLandschapResolver } from './MonitoringLandschapResolver';
import { MonitoringTermijnenResolver } from './MonitoringTermijnenResolver';
import { MonitoringSolidariteitResolver } from './MonitoringSolidariteitResolver';
import { MunicipalityResolver } from './MunicipalityResolver';
import { ProductResolver } from './ProductResolver';
import { ProviderResolver } from './ProviderResolver';
import { RegionResolver } from './RegionResolver';
import { SegmentResolver } from './SegmentResolver';
import { TariffResolver } from './TariffResolver';
import { ToewijzingResolver } from './ToewijzingResolver';
import { VerzoekResolver } from './VerzoekResolver';

export const resolvers: NonEmptyArray<Function> = [
  RegionResolver,
  MunicipalityResolver,
  ProviderResolver,
  SegmentResolver,
  ContractResolver,
  ContractDeadlineResolver,
  ProductResolver,
  TariffResolver,
  BudgetResolver,
  // care (integration/zorg) and the message log: need a role (api/auth)
  VerzoekResolver,
  ToewijzingResolver,
  ClientResolver,
  BerichtLogResolver,
  DeclaratieResolver,
  // the audit log of personal data: beheer only (api/auth/beleid.ts)
  AuditResolver,
  // monitoring projections (issue 6; api/monitoring): gemeente or regio role
  MonitoringVerwijzingenResolver,
  MonitoringGebruikResolver,
  MonitoringDoorlooptijdenResolver,
  MonitoringGeldResolver,
  MonitoringLandschapResolver,
  MonitoringTermijnenResolver,
  MonitoringSolidariteitResolver,
];
