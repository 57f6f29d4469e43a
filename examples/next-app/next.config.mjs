import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // presswork reads content/ from disk with presswork/node: load it from node_modules instead of bundling it.
  serverExternalPackages: ['presswork'],
  // This folder is the project, whatever lockfiles lie above it.
  turbopack: { root: dirname(fileURLToPath(import.meta.url)) },
};
