import { Product } from '../../schema';
import type { ConnectionArgs } from '../pagination/Connection';
import type { CreateProductInput, ProductFilter, UpdateProductInput } from '../types/ProductInputs';
import { EntityService } from './EntityService';
import { PRODUCT_CATEGORY, PRODUCT_CODE, checkNotEmpty, checkPattern } from './validate';

export class ProductService extends EntityService<Product> {
  protected readonly entity = Product;
  protected readonly label = 'Product';
  protected readonly alias = 'pr';
  protected readonly sort = { property: 'code' } as const;

  /** Indexed filters: region (product_region_category_code_key), segment (product_segment_id_idx), category (product_category_idx). */
  page(filter: ProductFilter = {}, args: ConnectionArgs, fields?: ReadonlySet<string>) {
    const { regionId, segmentId, category } = filter;
    return this.list({ regionId, segmentId, category }, args, fields);
  }

  create(input: CreateProductInput) {
    this.validate(input);
    return this.insert(input as Partial<Product>);
  }

  update(id: string, input: UpdateProductInput) {
    this.validate(input);
    return this.patch(id, input as Partial<Product>);
  }

  /** Formats here; the code lists (JZ020 FK, WJ756/WMO757 CHECKs, unit × variant) are PostgreSQL's. */
  private validate(input: UpdateProductInput) {
    checkPattern(input.code, PRODUCT_CODE, 'INVALID_PRODUCT_CODE', 'input.code', '5 characters [0-9A-Z]');
    checkPattern(input.category, PRODUCT_CATEGORY, 'INVALID_PRODUCT_CATEGORY', 'input.category', '2 digits');
    checkNotEmpty(input.name, 'input.name');
  }
}
