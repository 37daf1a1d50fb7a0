/** Reference data for the simulator's generated traffic: every ZHZ municipality × simulated provider with a contract. */
import type pg from 'pg';
import { SIM_AANBIEDERS, ZHZ_GEMEENTEN } from '../../integration/simulator/generator.js';
import { seedInkoop } from '../zorg.fixtures.js';

export async function seedGeneratorInkoop(pool: pg.Pool): Promise<void> {
  for (const g of ZHZ_GEMEENTEN) for (const a of SIM_AANBIEDERS) await seedInkoop(pool, g, a);
}
