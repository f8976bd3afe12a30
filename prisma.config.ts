import "dotenv/config";
import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. It picks the schema and migrations of the provider
// that DATABASE_URL names, so `prisma migrate deploy` works on either database.
const url = process.env.DATABASE_URL ?? "file:./data/soundcheck.db";
const folder = url.startsWith("postgres") ? "prisma/postgresql" : "prisma";

export default defineConfig({
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  datasource: { url },
});
