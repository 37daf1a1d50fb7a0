/** The purchasing model: every TypeORM entity, in dependency order. */
import { CbsGemeente } from './CbsGemeente.js';
import { ProductCategory } from './ProductCategory.js';
import { Region } from './Region.js';
import { Municipality } from './Municipality.js';
import { Provider } from './Provider.js';
import { Segment } from './Segment.js';
import { Contract } from './Contract.js';
import { Product } from './Product.js';
import { Tariff } from './Tariff.js';
import { Budget } from './Budget.js';

export { CbsGemeente, ProductCategory, Region, Municipality, Provider, Segment, Contract, Product, Tariff, Budget };
export * from './enums.js';
export { CONSTRAINTS, constraintError } from './constraints.js';
export type { ConstraintErrorCode, ConstraintInfo } from './constraints.js';

export const entities = [CbsGemeente, ProductCategory, Region, Municipality, Provider, Segment, Contract, Product, Tariff, Budget];
