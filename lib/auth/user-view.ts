import { type Role, toRole } from "./roles";

/** A user as pages and the API show it: never the password hash. */
export type UserView = { id: string; email: string; role: Role; createdAt: string };

export function toUserView(user: {
  id: string;
  email: string;
  role: string;
  createdAt: Date;
}): UserView {
  return {
    id: user.id,
    email: user.email,
    role: toRole(user.role),
    createdAt: user.createdAt.toISOString(),
  };
}
