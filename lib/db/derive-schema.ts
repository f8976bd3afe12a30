// Turns the hand-written SQLite schema into the PostgreSQL one. Only the header, the
// datasource provider and the generator's output differ; the models are the same text.

const HEADER = `// Derived from prisma/schema.prisma by \`npm run db:derive\`. Do not edit by hand:
// change prisma/schema.prisma and derive again.
`;

export function derivePostgresSchema(sqliteSchema: string): string {
  const body = sqliteSchema.replace(/^(\/\/.*\n)+/, "");
  const provider = /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(output\s*=\s*)"\.\.\/lib\/generated\/sqlite"/;
  if (!provider.test(body) || !output.test(body)) {
    throw new Error("prisma/schema.prisma no longer has the sqlite provider or output line");
  }

  return (
    HEADER +
    body.replace(provider, '$1"postgresql"').replace(output, '$1"../../lib/generated/postgresql"')
  );
}
