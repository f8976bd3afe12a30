import { readFileSync, writeFileSync } from "node:fs";

import { derivePostgresSchema } from "../lib/db/derive-schema";

const source = readFileSync("prisma/schema.prisma", "utf8");
writeFileSync("prisma/postgresql/schema.prisma", derivePostgresSchema(source));
process.stdout.write("wrote prisma/postgresql/schema.prisma\n");
