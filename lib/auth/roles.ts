import { z } from "zod";

export const ROLES = ["admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** What a request needs: reading, changing tasks, or managing users and others' tokens. */
export type Need = "read" | "write" | "admin";

const GRANTS: Record<Role, readonly Need[]> = {
  admin: ["read", "write", "admin"],
  member: ["read", "write"],
  viewer: ["read"],
};

export function roleAllows(role: Role, need: Need): boolean {
  return GRANTS[role].includes(need);
}

/** Roles come from the database as plain strings; anything unknown gets the least. */
export function toRole(value: string): Role {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : "viewer";
}
