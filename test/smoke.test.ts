// The jest transform (.swcrc: legacy decorators with metadata, no define semantics for fields) must compile
// decorators as tsc does: TypeORM and type-graphql read the design:type metadata they emit.
function merk(doel: object, veld: string): void {
  Reflect.defineMetadata('smoke:merk', true, doel, veld);
}

class Voorbeeld {
  @merk
  naam!: string;

  @merk
  aantal!: number;
}

test('toolchain compiles TypeScript decorators with design:type metadata', () => {
  expect(Reflect.getMetadata('smoke:merk', Voorbeeld.prototype, 'naam')).toBe(true);
  expect(Reflect.getMetadata('design:type', Voorbeeld.prototype, 'naam')).toBe(String);
  expect(Reflect.getMetadata('design:type', Voorbeeld.prototype, 'aantal')).toBe(Number);
  // useDefineForClassFields: false, as TypeORM needs: a declared field is no own property of an instance.
  expect(Object.keys(new Voorbeeld())).toEqual([]);
});
