/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two checkouts' worth of builds (say, parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and driver packages stay plain Node requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "pino", "pino-pretty", "bcryptjs"],
};

export default nextConfig;
