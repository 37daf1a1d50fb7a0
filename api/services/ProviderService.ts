import { Provider } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateProviderInput, ProviderFilter, UpdateProviderInput } from '../types/ProviderInputs';
import { EntityService } from './EntityService';
import { AGB_CODE, KVK_NUMBER, checkNotEmpty, checkPattern } from './validate';

export class ProviderService extends EntityService<Provider> {
  protected readonly entity = Provider;
  protected readonly label = 'Provider';
  protected readonly alias = 'p';
  protected readonly sort = { property: 'agbCode' } as const; // provider_agb_code_key

  byAgbCode(agbCode: string) {
    return this.getBy('agbCode', agbCode);
  }

  page(filter: ProviderFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    return this.list({ openHouseStatus: filter.openHouseStatus }, args, fields); // provider_open_house_status_idx
  }

  create(input: CreateProviderInput) {
    this.validate(input);
    return this.insert(input);
  }

  /** provider_open_house_admission_date_required is checked on the merged row by PostgreSQL. */
  update(id: string, input: UpdateProviderInput) {
    this.validate(input);
    return this.patch(id, input);
  }

  private validate(input: UpdateProviderInput) {
    checkPattern(input.agbCode, AGB_CODE, 'INVALID_AGB_CODE', 'input.agbCode', '8 digits');
    checkPattern(input.kvkNumber, KVK_NUMBER, 'INVALID_KVK_NUMBER', 'input.kvkNumber', '8 digits');
    checkNotEmpty(input.name, 'input.name');
  }
}
