import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { NODE, selectedFields } from '../loaders/selection';
import { ConnectionArgs } from '../pagination/Connection';
import { ProductConnection } from '../types/connections';
import { CreateProductInput, ProductFilter, UpdateProductInput } from '../types/ProductInputs';
import { ProductType } from '../types/ProductType';
import { RegionType } from '../types/RegionType';
import { SegmentType } from '../types/SegmentType';
import { TariffType } from '../types/TariffType';
import type { Rij } from '../types/Rij';

@Resolver(() => ProductType)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Products ordered by product code.' })
  products(
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Args() args: ConnectionArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.products.page(filter ?? {}, args, selectedFields(info, NODE));
  }

  @Query(() => ProductType, { nullable: true })
  product(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @Info() info: GraphQLResolveInfo) {
    return services.products.get(id, selectedFields(info));
  }

  @Mutation(() => ProductType)
  createProduct(@Arg('input', () => CreateProductInput) input: CreateProductInput, @Ctx() { services }: Context) {
    return services.products.create(input);
  }

  @Mutation(() => ProductType)
  updateProduct(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProductInput) input: UpdateProductInput, @Ctx() { services }: Context) {
    return services.products.update(id, input);
  }

  @FieldResolver(() => RegionType)
  region(@Root() p: Rij<ProductType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.region.load(p.regionId, info);
  }

  @FieldResolver(() => SegmentType)
  segment(@Root() p: Rij<ProductType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.segment.load(p.segmentId, info);
  }

  @FieldResolver(() => [TariffType], { description: 'All tariffs of the product (contract and harmonised, all periods).' })
  tariffs(@Root() p: Rij<ProductType>, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return loaders.tariffsByProduct.load(p.id, info);
  }
}
