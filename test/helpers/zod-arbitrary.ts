import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries from the contract's zod schemas, for fuzzing every channel. Each schema gives
 * two: values it should accept, biased to its limits (shortest and longest strings, smallest and largest
 * numbers, empty and full arrays) and to values the store holds (`Hints`), and values it should refuse
 * with one defect each (one field too long, of the wrong type, missing or unexpected). Which is which is
 * not asserted (a refinement may still refuse a "valid" value): the mix is what reaches deep code.
 */
export interface Hints {
  /**
   * Text the store holds (SKUs, receipt numbers, phones, ids), so lookups sometimes find something. Read
   * as values are generated: a caller may append what its calls created.
   */
  strings: readonly string[];
  /** Whole numbers the store holds (row ids, rates of the day, amounts), read the same way. */
  integers: readonly number[];
}

/** One of the hints that fits the schema, or `otherwise` while none does. */
function hinted<T>(
  values: readonly T[],
  fits: (value: T) => boolean,
  otherwise: fc.Arbitrary<T>,
): fc.Arbitrary<T> {
  let filteredAt = -1;
  let fitting: T[] = [];
  return fc.nat().chain((at) => {
    // hints are only ever appended to, so their length tells whether the filter is stale
    if (values.length !== filteredAt) [fitting, filteredAt] = [values.filter(fits), values.length];
    const value = fitting[at % Math.max(fitting.length, 1)];
    return value === undefined ? otherwise : fc.constant(value);
  });
}

export interface SchemaArbitraries {
  valid: fc.Arbitrary<unknown>;
  invalid: fc.Arbitrary<unknown>;
}

/** What a caller should send and what it should not, about half each. */
export function inputArbitrary(schema: z.ZodType, hints: Hints): fc.Arbitrary<unknown> {
  const node = arbitrariesFor(schema, hints);
  return fc.oneof({ weight: 1, arbitrary: node.valid }, { weight: 1, arbitrary: node.invalid });
}

interface Check {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

/** The tightest length bounds of a string or array: a schema narrowed again (`Name.max(20)`) has both. */
function lengthBounds(def: Def, fallbackMax: number): { min: number; max: number } {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const maxima = checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity);
  return { min, max: maxima.length > 0 ? Math.min(...maxima) : Math.max(min, fallbackMax) };
}

/** Types a careless or hostile caller sends where something else belongs. */
const WRONG_TYPES: readonly unknown[] = [null, undefined, 0, -1, '', 'x', true, [], {}, [1], { a: 1 }, NaN];
const wrongType = (except: (value: unknown) => boolean): fc.Arbitrary<unknown> =>
  fc.constantFrom(...WRONG_TYPES.filter((value) => !except(value)));

// characters that have broken text handling elsewhere: CJK, full-width digits, zero-width and
// direction marks, controls, a lone surrogate, an emoji, quotes and SQL/LIKE specials
const UNITS = [
  ...'aZ09 -_.,/%\'"\\*?',
  ...'金银玉镯足克',
  '０',
  '９',
  '\u200b',
  '\u202e',
  '\u0000',
  '\n',
  '\t',
  '\ud800',
  '💍',
];
// card numbers a note or reference must refuse, however written
const CARD_LIKE = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '4111.1111.1111.1111',
  '４１１１１１１１１１１１１１１１',
];

function stringArbitraries(def: Def, hints: Hints): SchemaArbitraries {
  const { min, max } = lengthBounds(def, 200);
  const pattern = def.pattern ?? checksOf(def).find((c) => c.format === 'regex')?.pattern;
  const fits = (text: string): boolean =>
    text.length >= min && text.length <= max && (!pattern || pattern.test(text));
  const filler = (length: number): string => 'a金'.repeat(Math.ceil(length / 2)).slice(0, length);

  const formatted = formattedString(def.format);
  const patterned = pattern ? fc.stringMatching(pattern) : null;
  const free = fc
    .string({ unit: fc.constantFrom(...UNITS), minLength: min, maxLength: Math.min(max, min + 24) })
    // blanks alone would be trimmed below the minimum: such a value belongs with the invalid ones
    .map((text) => (text.trim().length < min ? filler(min) : text));
  // free text also gets its limits exactly and blanks a trim takes off
  const edges = formatted || patterned ? [] : [filler(min), filler(max), `  ${filler(Math.max(min, 1))}  `];
  const fittingEdges = edges.filter(fits);
  const generated = formatted ?? patterned ?? free;
  const valid = fc.oneof(
    { weight: 6, arbitrary: generated },
    { weight: 4, arbitrary: hinted(hints.strings, fits, generated) },
    ...(fittingEdges.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...fittingEdges) }] : []),
  );
  const cardLike = CARD_LIKE.filter(fits);
  const invalid = fc.oneof(
    wrongType((value) => typeof value === 'string' && fits(value)),
    fc.constant(filler(max + 1)),
    ...(min > 0 ? [fc.constant(filler(min - 1)), fc.constant(' '.repeat(min))] : []),
    ...(pattern || formatted ? [fc.constantFrom('!', 'x y', `${filler(3)}\u0000`)] : []),
    // accepted where text is not free, refused in notes and references
    ...(cardLike.length > 0 ? [fc.constantFrom(...cardLike)] : []),
  );
  return { valid, invalid };
}

function formattedString(format: string | undefined): fc.Arbitrary<string> | null {
  const day = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString());
  switch (format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return fc.oneof(
        day.map((iso) => iso.slice(0, 10)),
        fc.constantFrom('2026-11-23', '2026-11-22', '2026-11-24', '2026-02-28', '2024-02-29'),
      );
    case 'datetime':
      return day;
    case 'email':
      return fc.constantFrom('a@b.cn', `${'x'.repeat(60)}@example.com`, 'li.na+pos@jinfu.com.cn');
    default:
      return null;
  }
}

function numberArbitraries(def: Def, hints: Hints): SchemaArbitraries {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const step = integer ? 1 : 0.01;
  // the tightest of each side: `Fen.max(MAX_RATE)` carries Fen's bound and its own
  const lo = Math.max(
    Number.MIN_SAFE_INTEGER,
    ...checks
      .filter((c) => c.check === 'greater_than')
      .map((c) => (c.value as number) + (c.inclusive ? 0 : step)),
  );
  const hi = Math.min(
    Number.MAX_SAFE_INTEGER,
    ...checks
      .filter((c) => c.check === 'less_than')
      .map((c) => (c.value as number) - (c.inclusive ? 0 : step)),
  );
  const inRange = (n: number): boolean => n >= lo && n <= hi;
  const near = [lo, lo + step, hi - step, hi, 0, 1, 100].filter(inRange);
  const spread = integer
    ? fc.integer({ min: Math.max(lo, Number.MIN_SAFE_INTEGER), max: Math.min(hi, Number.MAX_SAFE_INTEGER) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  const small = integer ? fc.integer({ min: lo, max: Math.min(hi, lo + 10) }) : spread;
  const valid = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...near) },
    { weight: 3, arbitrary: small },
    { weight: 2, arbitrary: spread },
    { weight: 4, arbitrary: hinted(hints.integers, inRange, small) },
  );
  const outside = [lo - step, hi + step, Infinity, -Infinity, NaN, ...(integer ? [lo + 0.5, 2 ** 53] : [])];
  const invalid = fc.oneof(
    fc.constantFrom(...outside.filter((n) => !inRange(n) || (integer && !Number.isSafeInteger(n)))),
    wrongType((value) => typeof value === 'number'),
  );
  return { valid, invalid };
}

function arrayArbitraries(def: Def, hints: Hints): SchemaArbitraries {
  const { min, max } = lengthBounds(def, 50);
  const element = arbitrariesFor(def.element as z.ZodType, hints);
  const some = fc.array(element.valid, { minLength: min, maxLength: Math.min(max, min + 4) });
  const full = fc.array(element.valid, { minLength: max, maxLength: max });
  const valid = fc.oneof({ weight: 6, arbitrary: some }, { weight: 1, arbitrary: full });
  const invalid = fc.oneof(
    wrongType((value) => Array.isArray(value) && value.length >= min && value.length <= max),
    fc.array(element.valid, { minLength: max + 1, maxLength: max + 1 }),
    ...(min > 0 ? [fc.array(element.valid, { minLength: min - 1, maxLength: min - 1 })] : []),
    fc
      .tuple(some, element.invalid, fc.nat())
      .map(([items, bad, at]) => items.toSpliced(items.length === 0 ? 0 : at % items.length, 1, bad)),
  );
  return { valid, invalid };
}

const omittable = (schema: z.ZodType): boolean =>
  ['optional', 'default', 'prefault'].includes(defOf(schema).type);

function objectArbitraries(def: Def, hints: Hints): SchemaArbitraries {
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => ({
    key,
    schema,
    ...arbitrariesFor(schema, hints),
  }));
  const keys = fields.map(({ key }) => key);
  const requiredKeys = fields.filter(({ schema }) => !omittable(schema)).map(({ key }) => key);
  const valid = fc.record(Object.fromEntries(fields.map((field) => [field.key, field.valid])), {
    requiredKeys,
  }) as fc.Arbitrary<Record<string, unknown>>;
  const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
  const without = (value: Record<string, unknown>, key: string): Record<string, unknown> =>
    Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
  const invalid = fc.oneof(
    wrongType(
      (value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value) && keys.length === 0 && !strict,
    ),
    ...(fields.length > 0
      ? [
          fc
            .tuple(valid, fc.constantFrom(...fields))
            .chain(([value, field]) => field.invalid.map((bad) => ({ ...value, [field.key]: bad }))),
        ]
      : []),
    ...(requiredKeys.length > 0
      ? [fc.tuple(valid, fc.constantFrom(...requiredKeys)).map(([value, key]) => without(value, key))]
      : []),
    ...(strict ? [valid.map((value) => ({ ...value, unexpected: 1 }))] : []),
  );
  return { valid, invalid };
}

function recordArbitraries(def: Def, hints: Hints): SchemaArbitraries {
  const value = arbitrariesFor(def.valueType as z.ZodType, hints);
  const keyDef = defOf(def.keyType as z.ZodType);
  const keys = keyDef.type === 'enum' ? Object.values(keyDef.entries ?? {}).map(String) : null;
  const valid = keys
    ? fc.record(Object.fromEntries(keys.map((key) => [key, value.valid])))
    : fc.dictionary(fc.string({ maxLength: 12 }), value.valid, { maxKeys: 4 });
  const invalid = fc.oneof(
    wrongType(() => false),
    valid.chain((entries) => {
      const names = Object.keys(entries);
      if (names.length === 0) return value.invalid.map((bad) => ({ x: bad }));
      return fc
        .constantFrom(...names)
        .chain((key) => value.invalid.map((bad) => ({ ...entries, [key]: bad })));
    }),
  );
  return { valid, invalid };
}

function enumArbitraries(values: readonly unknown[]): SchemaArbitraries {
  const members = new Set(values);
  return {
    valid: fc.constantFrom(...values),
    invalid: fc.oneof(
      fc.constantFrom(...['bogus', 'ADMINISTRATOR', ' cash', ...values.map((v) => `${String(v)}x`)]),
      wrongType((value) => members.has(value)),
    ),
  };
}

const cache = new WeakMap<z.ZodType, Map<Hints, SchemaArbitraries>>();

/** Both arbitraries of one schema; every kind the contract uses is handled, any other is an error. */
export function arbitrariesFor(schema: z.ZodType, hints: Hints): SchemaArbitraries {
  const known = cache.get(schema)?.get(hints);
  if (known) return known;
  const built = build(schema, hints);
  cache.set(schema, (cache.get(schema) ?? new Map()).set(hints, built));
  return built;
}

function build(schema: z.ZodType, hints: Hints): SchemaArbitraries {
  const def = defOf(schema);
  const inner = (): SchemaArbitraries => arbitrariesFor(def.innerType as z.ZodType, hints);
  switch (def.type) {
    case 'string':
      return stringArbitraries(def, hints);
    case 'number':
      return numberArbitraries(def, hints);
    case 'boolean':
      return { valid: fc.boolean(), invalid: wrongType((value) => typeof value === 'boolean') };
    case 'enum':
      return enumArbitraries(Object.values(def.entries ?? {}));
    case 'literal':
      return enumArbitraries(def.values ?? []);
    case 'object':
      return objectArbitraries(def, hints);
    case 'array':
      return arrayArbitraries(def, hints);
    case 'record':
      return recordArbitraries(def, hints);
    case 'optional':
    case 'default':
    case 'prefault':
      return { valid: fc.option(inner().valid, { nil: undefined }), invalid: inner().invalid };
    case 'nullable':
      return { valid: fc.option(inner().valid, { nil: null }), invalid: inner().invalid };
    case 'readonly':
      return inner();
    case 'union': {
      const options = (def.options ?? []).map((option) => arbitrariesFor(option, hints));
      return {
        valid: fc.oneof(...options.map((option) => option.valid)),
        invalid: fc.oneof(...options.map((option) => option.invalid)),
      };
    }
    case 'pipe': {
      // a transform's output is not sent: what comes in is generated from the schema before it
      const into = arbitrariesFor(def.in as z.ZodType, hints);
      if (defOf(def.out as z.ZodType).type === 'transform') return into;
      const out = arbitrariesFor(def.out as z.ZodType, hints);
      return { valid: fc.oneof(out.valid, into.valid), invalid: fc.oneof(out.invalid, into.invalid) };
    }
    case 'unknown':
    case 'any': {
      const anything = fc.jsonValue({ maxDepth: 2 });
      return { valid: anything, invalid: anything };
    }
    default:
      throw new Error(`zod-arbitrary: no generator for the schema kind '${def.type}'`);
  }
}
