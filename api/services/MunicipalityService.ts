import { Municipality } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateMunicipalityInput, MunicipalityFilter, UpdateMunicipalityInput } from '../types/MunicipalityInputs';
import { EntityService } from './EntityService';
import { CBS_CODE, check, checkNotEmpty, checkPattern } from './validate';

export class MunicipalityService extends EntityService<Municipality> {
  protected readonly entity = Municipality;
  protected readonly label = 'Municipality';
  protected readonly alias = 'm';
  protected readonly sort = { property: 'cbsCode' } as const; // municipality_cbs_code_key

  byCbsCode(cbsCode: string) {
    return this.getBy('cbsCode', cbsCode);
  }

  page(filter: MunicipalityFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    return this.list({ regionId: filter.regionId }, args, fields); // municipality_region_id_idx
  }

  create(input: CreateMunicipalityInput) {
    this.validate(input);
    return this.insert(input);
  }

  update(id: string, input: UpdateMunicipalityInput) {
    this.validate(input);
    return this.patch(id, input);
  }

  /** Format here; membership of the CBS list is the FK municipality_cbs_code_fkey (INVALID_CBS_CODE). */
  private validate(input: UpdateMunicipalityInput) {
    checkPattern(input.cbsCode, CBS_CODE, 'INVALID_CBS_CODE', 'input.cbsCode', '4 digits');
    checkNotEmpty(input.name, 'input.name');
    if (input.youthPopulation !== undefined) {
      check(input.youthPopulation >= 0, 'INVALID_YOUTH_POPULATION', 'input.youthPopulation', 'youthPopulation must not be negative');
    }
  }
}
