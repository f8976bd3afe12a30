/**
 * The header our own HTTP server sets to the socket's peer address, overwriting whatever
 * a client sent (lib/server/start-server.ts). X-Forwarded-For is not used: any client
 * can write it, which would let one guesser pose as many addresses.
 */
export const PEER_ADDRESS_HEADER = "x-soundcheck-peer";

export function clientAddressOf(headers: Headers): string {
  return headers.get(PEER_ADDRESS_HEADER) ?? "unknown";
}
