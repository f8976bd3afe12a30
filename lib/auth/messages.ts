/**
 * The one message for every refused sign-in: unknown account, wrong password, locked or
 * throttled all read the same, so the answer never tells whether an account exists.
 */
export const SIGN_IN_REFUSED = "That email and password did not work. Wait a moment and try again.";

/** What the proxy and authorize() answer a request that carries no usable credentials. */
export const NOT_SIGNED_IN = "Sign in or send a valid API token.";
