"use client";

import { clsx } from "clsx";
import { type FormEvent, useState } from "react";

import type { TokenView } from "@/lib/auth/token-view";
import type { UserView } from "@/lib/auth/user-view";

import { formatTime } from "./format-time";
import { SettingsSection } from "./settings-section";
import { cellClass, headCellClass, tableClass } from "./table";
import { errorClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "./ui";
import { useApiCall } from "./use-api-call";

const noticeClass = clsx(
  "space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4",
  "dark:border-emerald-900 dark:bg-emerald-950",
);

type Props = {
  tokens: TokenView[];
  canCreate: boolean;
  /** Admins see every user's tokens and may mint one for anyone. */
  owners: UserView[] | null;
  currentUserId: string;
};

export function TokenSection(props: Props) {
  const [created, setCreated] = useState<{ name: string; value: string } | null>(null);
  const api = useApiCall();

  return (
    <SettingsSection
      id="tokens-heading"
      title="Personal access tokens"
      intro="Programs send one as Authorization: Bearer <token> and act with its owner's role."
    >
      {props.canCreate ? (
        <CreateTokenForm {...props} api={api} onCreated={setCreated} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Viewers cannot create tokens; an admin can make one for you.
        </p>
      )}
      {api.error && (
        <p role="alert" className={errorClass}>
          {api.error}
        </p>
      )}
      {created && <NewTokenNotice {...created} onDismiss={() => setCreated(null)} />}
      <TokenTable {...props} api={api} />
    </SettingsSection>
  );
}

type Api = ReturnType<typeof useApiCall>;

function CreateTokenForm(
  props: Props & { api: Api; onCreated: (token: { name: string; value: string }) => void },
) {
  const [name, setName] = useState("");
  const [owner, setOwner] = useState(props.currentUserId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await props.api.call<{ value: string }>("POST", "/api/tokens", {
      name,
      userId: owner,
    });
    if (!result) return;
    props.onCreated({ name, value: result.value });
    setName("");
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1 space-y-1.5">
        <label htmlFor="token-name" className={labelClass}>
          Token name
        </label>
        <input
          id="token-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. CI pipeline"
          required
          maxLength={100}
          className={inputClass}
        />
      </div>
      {props.owners && (
        <div className="space-y-1.5">
          <label htmlFor="token-owner" className={labelClass}>
            Owner
          </label>
          <select
            id="token-owner"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
            className={inputClass}
          >
            {props.owners.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email} ({user.role})
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" disabled={props.api.pending} className={primaryButtonClass}>
        Create token
      </button>
    </form>
  );
}

function NewTokenNotice(props: { name: string; value: string; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);

  return (
    <div role="status" className={noticeClass}>
      <p className="text-sm font-medium text-emerald-900 dark:text-emerald-100">
        Token “{props.name}” created. Copy it now: it will not be shown again.
      </p>
      <div className="flex gap-2">
        <label htmlFor="new-token" className="sr-only">
          New token
        </label>
        <input id="new-token" readOnly value={props.value} className={`${inputClass} font-mono`} />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => navigator.clipboard?.writeText(props.value).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={props.onDismiss}>
          Done
        </button>
      </div>
    </div>
  );
}

function TokenTable(props: Props & { api: Api }) {
  if (props.tokens.length === 0) {
    return <p className="text-sm text-zinc-500">No tokens yet.</p>;
  }

  return (
    <table className={tableClass} aria-label="Tokens">
      <thead>
        <tr>
          <th className={headCellClass}>Name</th>
          <th className={headCellClass}>Token</th>
          {props.owners && <th className={headCellClass}>Owner</th>}
          <th className={headCellClass}>Created</th>
          <th className={headCellClass}>Last used</th>
          <th className={headCellClass}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((token) => (
          <tr key={token.id}>
            <td className={cellClass}>{token.name}</td>
            <td className={`${cellClass} font-mono text-xs`}>{token.prefix}…</td>
            {props.owners && <td className={cellClass}>{token.userEmail}</td>}
            <td className={cellClass}>{formatTime(token.createdAt)}</td>
            <td className={cellClass}>{formatTime(token.lastUsedAt)}</td>
            <td className={`${cellClass} text-right`}>
              {props.canCreate && <RevokeButton token={token} api={props.api} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RevokeButton(props: { token: TokenView; api: Api }) {
  if (props.token.revokedAt) {
    return (
      <span className="text-xs text-zinc-500">Revoked {formatTime(props.token.revokedAt)}</span>
    );
  }
  return (
    <button
      type="button"
      aria-label={`Revoke ${props.token.name}`}
      disabled={props.api.pending}
      className={secondaryButtonClass}
      onClick={() => props.api.call("DELETE", `/api/tokens/${props.token.id}`)}
    >
      Revoke
    </button>
  );
}
