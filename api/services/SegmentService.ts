import { Segment } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateSegmentInput, SegmentFilter, UpdateSegmentInput } from '../types/SegmentInputs';
import { EntityService } from './EntityService';
import { check, checkNotEmpty } from './validate';

export class SegmentService extends EntityService<Segment> {
  protected readonly entity = Segment;
  protected readonly label = 'Segment';
  protected readonly alias = 's';
  protected readonly sort = { property: 'number' } as const; // segment_region_number_key (region_id, number)

  page(filter: SegmentFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    return this.list({ regionId: filter.regionId }, args, fields);
  }

  create(input: CreateSegmentInput) {
    this.validate(input);
    return this.insert({ accessRoutes: [], ...input });
  }

  update(id: string, input: UpdateSegmentInput) {
    this.validate(input);
    return this.patch(id, input);
  }

  private validate(input: UpdateSegmentInput) {
    if (input.number !== undefined) {
      check(input.number >= 1 && input.number <= 99, 'INVALID_SEGMENT_NUMBER', 'input.number', 'number must be 1..99');
    }
    checkNotEmpty(input.name, 'input.name');
  }
}
