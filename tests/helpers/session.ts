export type SignInAttempt = {
  /** The HTTP status Auth.js answered the credentials POST with (302 both ways). */
  status: number;
  /** Where Auth.js sent the browser, as a path: "/" after success, /sign-in?error=... if not. */
  location: string | null;
  /** `name=value` of the session cookie, when one was set. */
  cookie: string | null;
  /** The full Set-Cookie line of the session cookie, to check its attributes. */
  setCookie: string | null;
};

// Named with __Secure- when PUBLIC_URL is https.
const SESSION_COOKIE = /^(__Secure-)?soundcheck\.session=/;

/** Cookies a response set, as `name=value` pairs. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
}

/**
 * Signs in the way a browser does through Auth.js: fetch a CSRF token (and its cookie),
 * then post the credentials with both. `headers` are added to the POST.
 */
export async function attemptSignIn(
  appUrl: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<SignInAttempt> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: cookiePairs(csrf).join("; "),
      ...headers,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  await response.body?.cancel();

  const setCookie =
    response.headers.getSetCookie().find((line) => SESSION_COOKIE.test(line)) ?? null;
  return {
    status: response.status,
    location: response.headers.get("location"),
    cookie: setCookie?.split(";")[0] ?? null,
    setCookie,
  };
}

/** Signs in and returns the Cookie header that carries the session; throws if refused. */
export async function signIn(appUrl: string, email: string, password: string): Promise<string> {
  const attempt = await attemptSignIn(appUrl, email, password);
  if (!attempt.cookie) {
    throw new Error(`sign-in as ${email} was refused (went to ${attempt.location})`);
  }
  return attempt.cookie;
}

/** Signs the session out through Auth.js, as the sign-out button does. */
export async function signOut(appUrl: string, cookie: string): Promise<void> {
  const csrf = await fetch(`${appUrl}/api/auth/csrf`, { headers: { Cookie: cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${appUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [cookie, ...cookiePairs(csrf)].join("; "),
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in" }),
  });
  await response.body?.cancel();
  if (response.status !== 302) throw new Error(`sign-out answered ${response.status}`);
}
