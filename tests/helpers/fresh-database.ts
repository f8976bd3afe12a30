import { afterAll } from "vitest";

import { disconnectDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

import { createTestDatabase } from "./databases";

// Every integration test file gets its own new, migrated database: DATABASE_URL points
// at it for the whole file, and it is dropped when the file is done.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
await migrate({ url: database.url });

afterAll(async () => {
  await disconnectDb();
  await database.drop();
});
