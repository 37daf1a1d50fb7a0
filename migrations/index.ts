/**
 * Every migration. Listed explicitly (no glob) so they load the same under jest/swc, ts and the
 * compiled dist/. TypeORM runs them in the order of the timestamp in their class name (and records them
 * by name), so keep this list sorted by timestamp. Never edit a migration that has been committed:
 * write a new one.
 */
import { ReferenceTables1795300000000 } from './1795300000000-ReferenceTables.js';
import { PurchasingModel1795300001000 } from './1795300001000-PurchasingModel.js';
import { BudgetRegionIndex1795300002000 } from './1795300002000-BudgetRegionIndex.js';
import { BerichtStore1795340000000 } from './1795340000000-BerichtStore.js';
import { CareTables1795380000000 } from './1795380000000-CareTables.js';
import { Declaraties1795420000000 } from './1795420000000-Declaraties.js';
import { BerichtRawExternal1795430000000 } from './1795430000000-BerichtRawExternal.js';
import { PrestatieDebetIndex1795440000000 } from './1795440000000-PrestatieDebetIndex.js';
import { BerichtLogIndexes1795460000000 } from './1795460000000-BerichtLogIndexes.js';
import { MonitoringZorg1795500000000 } from './1795500000000-MonitoringZorg.js';
import { MonitoringVerwijzingAanbieder1795500001000 } from './1795500001000-MonitoringVerwijzingAanbieder.js';
import { MonitoringGebruikCel1795500002000 } from './1795500002000-MonitoringGebruikCel.js';
import { MonitoringVerwijzingCel1795500003000 } from './1795500003000-MonitoringVerwijzingCel.js';
import { MonitoringGeld1795510000000 } from './1795510000000-MonitoringGeld.js';
import { MonitoringLandschap1795511000000 } from './1795511000000-MonitoringLandschap.js';
import { MonitoringTermijnen1795512000000 } from './1795512000000-MonitoringTermijnen.js';
import { MonitoringSolidariteit1795513000000 } from './1795513000000-MonitoringSolidariteit.js';
import { MonitoringTermijnBericht1795514000000 } from './1795514000000-MonitoringTermijnBericht.js';
import { AuditLog1795540000000 } from './1795540000000-AuditLog.js';
import { GraphqlReadIndexes1795550000000 } from './1795550000000-GraphqlReadIndexes.js';
import { WachtrijMonitoring1795570000000 } from './1795570000000-WachtrijMonitoring.js';
import { ContractProviderRegionIndex1795580000000 } from './1795580000000-ContractProviderRegionIndex.js';

export const migrations = [ReferenceTables1795300000000, PurchasingModel1795300001000, BudgetRegionIndex1795300002000, BerichtStore1795340000000, CareTables1795380000000, Declaraties1795420000000,
  BerichtRawExternal1795430000000, PrestatieDebetIndex1795440000000, BerichtLogIndexes1795460000000,
  MonitoringZorg1795500000000, MonitoringVerwijzingAanbieder1795500001000, MonitoringGebruikCel1795500002000, MonitoringVerwijzingCel1795500003000, MonitoringGeld1795510000000, MonitoringLandschap1795511000000, MonitoringTermijnen1795512000000, MonitoringSolidariteit1795513000000, MonitoringTermijnBericht1795514000000,
  AuditLog1795540000000, GraphqlReadIndexes1795550000000, WachtrijMonitoring1795570000000, ContractProviderRegionIndex1795580000000];
