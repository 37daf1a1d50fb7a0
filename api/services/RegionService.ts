import { Region } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateRegionInput, UpdateRegionInput } from '../types/RegionInputs';
import { EntityService } from './EntityService';
import { checkNotEmpty, checkPattern } from './validate';

const REGION_CODE = /^[A-Z0-9]{2,10}$/;

export class RegionService extends EntityService<Region> {
  protected readonly entity = Region;
  protected readonly label = 'Region';
  protected readonly alias = 'r';
  protected readonly sort = { property: 'code' } as const; // region_code_key

  byCode(code: string) {
    return this.getBy('code', code);
  }

  page(args: ConnectionArgs, fields?: ReadonlySet<string>) {
    return this.list({}, args, fields);
  }

  create(input: CreateRegionInput) {
    this.validate(input);
    return this.insert(input);
  }

  update(id: string, input: UpdateRegionInput) {
    this.validate(input);
    return this.patch(id, input);
  }

  private validate(input: UpdateRegionInput) {
    checkPattern(input.code, REGION_CODE, 'INVALID_REGION_CODE', 'input.code', '2–10 capitals or digits');
    checkNotEmpty(input.name, 'input.name');
  }
}
