const SCALARS = new Set([
  "String",
  "Int",
  "Float",
  "Boolean",
  "DateTime",
  "Json",
  "Bytes",
  "BigInt",
  "Decimal",
]);

/**
 * The tables and columns a Prisma schema describes, read from its text: enough to
 * check that the committed migrations build what the models say.
 */
export function columnsOfSchema(schema: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const lines = (body ?? "").split("\n").map((line) => line.trim());
    const table = lines.join("\n").match(/@@map\("([^"]+)"\)/)?.[1] ?? model ?? "";
    const columns = lines.flatMap((line) => {
      const [name, type] = line.split(/\s+/);
      if (!name || !type || name.startsWith("/") || name.startsWith("@")) return [];
      if (!SCALARS.has(type.replace(/[?[\]]/g, ""))) return [];
      return [line.match(/@map\("([^"]+)"\)/)?.[1] ?? name];
    });
    tables.set(table, columns.sort());
  }
  return tables;
}
