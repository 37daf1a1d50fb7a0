/**
 * Every migration, in the order they run. Listed explicitly (no glob) so they load the same under
 * jest/swc, ts and the compiled dist/. Append new migrations at the end; never reorder or edit a
 * migration that has been committed: write a new one.
 */
import { ReferenceTables1795300000000 } from './1795300000000-ReferenceTables.js';
import { PurchasingModel1795300001000 } from './1795300001000-PurchasingModel.js';

export const migrations = [ReferenceTables1795300000000, PurchasingModel1795300001000];
