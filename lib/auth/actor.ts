import type { Role } from "./roles";

/** Who is asking, as every route handler sees it after authorize(). */
export type Actor = {
  userId: string;
  email: string;
  role: Role;
  via: "session" | "token";
};
