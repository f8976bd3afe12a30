import { getDb } from "@/lib/db/client";

import { toUserView, type UserView } from "./user-view";

export async function listUsers(): Promise<UserView[]> {
  const db = await getDb();
  const users = await db.user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return users.map(toUserView);
}

export async function hasAnyUser(): Promise<boolean> {
  const db = await getDb();
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
