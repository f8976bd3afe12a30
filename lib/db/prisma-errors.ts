/** Prisma's known request errors, told apart by code rather than by message text. */
function prismaCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

export function isNotFound(error: unknown): boolean {
  return prismaCode(error) === "P2025";
}
