"use client";

import { type FormEvent, useState } from "react";

import { ROLES, type Role } from "@/lib/auth/roles";
import type { UserView } from "@/lib/auth/user-view";

import { formatTime } from "./format-time";
import { SettingsSection } from "./settings-section";
import { cellClass, headCellClass, tableClass } from "./table";
import { errorClass, inputClass, labelClass, primaryButtonClass } from "./ui";
import { useApiCall } from "./use-api-call";

const ROLE_HINTS: Record<Role, string> = {
  admin: "everything, including users and others' tokens",
  member: "creates, retries and refreshes tasks",
  viewer: "reads only",
};

export function UserSection(props: { users: UserView[]; currentUserId: string }) {
  const api = useApiCall();

  return (
    <SettingsSection
      id="users-heading"
      title="Users"
      intro="Admins manage everything; members create, retry and refresh tasks; viewers only read."
    >
      <CreateUserForm api={api} />
      {api.error && (
        <p role="alert" className={errorClass}>
          {api.error}
        </p>
      )}
      <table className={tableClass} aria-label="Users">
        <thead>
          <tr>
            <th className={headCellClass}>Email</th>
            <th className={headCellClass}>Role</th>
            <th className={headCellClass}>Added</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <tr key={user.id}>
              <td className={cellClass}>
                {user.email}
                {user.id === props.currentUserId && (
                  <span className="ml-2 text-xs text-zinc-500">(you)</span>
                )}
              </td>
              <td className={cellClass}>
                <RoleSelect user={user} api={api} />
              </td>
              <td className={cellClass}>{formatTime(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SettingsSection>
  );
}

type Api = ReturnType<typeof useApiCall>;

function RoleSelect(props: { user: UserView; api: Api }) {
  return (
    <select
      aria-label={`Role of ${props.user.email}`}
      value={props.user.role}
      disabled={props.api.pending}
      onChange={(event) =>
        props.api.call("PATCH", `/api/users/${props.user.id}`, { role: event.target.value })
      }
      className={`${inputClass} max-w-36`}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </select>
  );
}

function CreateUserForm(props: { api: Api }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("member");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await props.api.call("POST", "/api/users", { email, password, role });
    if (!result) return;
    setEmail("");
    setPassword("");
  }

  return (
    <form
      onSubmit={submit}
      aria-label="Add a user"
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
    >
      <div className="space-y-1.5">
        <label htmlFor="new-user-email" className={labelClass}>
          New user’s email
        </label>
        <input
          id="new-user-email"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="new-user-password" className={labelClass}>
          Initial password
        </label>
        <input
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="new-user-role" className={labelClass}>
          Role
        </label>
        <select
          id="new-user-role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          className={inputClass}
        >
          {ROLES.map((option) => (
            <option key={option} value={option} title={ROLE_HINTS[option]}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={props.api.pending} className={primaryButtonClass}>
        Add user
      </button>
    </form>
  );
}
