// The Debian packages some tests need, installed by `npm test` when missing.
// Every test that needs one fails with the same message (`missingMessage`) when it is absent.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface SystemPackage {
  /** The Debian package. */
  package: string;
  /** The executable the tests run; an environment variable may point elsewhere. */
  executable: string;
  env: string;
  /** What needs it. */
  usedBy: string;
}

export const systemPackages: readonly SystemPackage[] = [
  { package: 'chromium', executable: '/usr/bin/chromium', env: 'PRESSWORK_CHROMIUM', usedBy: 'real-browser tests (Chromium engine, browser bundle, site screenshots)' },
  { package: 'default-jre-headless', executable: '/usr/bin/java', env: 'PRESSWORK_JAVA', usedBy: 'the W3C Nu HTML checker (vnu.jar)' },
];

const executable = (need: SystemPackage) => process.env[need.env] ?? need.executable;

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const missingPackages = (needs: readonly SystemPackage[] = systemPackages) => needs.filter((need) => !runnable(executable(need)));

/** The one message every test and `npm test` give for missing packages. */
export function missingMessage(needs: readonly SystemPackage[]): string {
  const names = needs.map((need) => need.package).join(' ');
  return `Missing Debian package${needs.length === 1 ? '' : 's'} for ${needs.map((need) => need.usedBy).join('; ')}: ${needs.map((need) => `${executable(need)} not found`).join(', ')}.\nInstall as root: apt-get update && apt-get install -y ${names}\n(npm test installs ${needs.length === 1 ? 'it' : 'them'} itself when run as root; or set ${needs.map((need) => need.env).join(', ')} to an existing binary.)`;
}

/** The path of a package's executable for a test; throws the shared message when it is missing. */
export function requireSystemPackage(name: string): string {
  const need = systemPackages.find((candidate) => candidate.package === name);
  if (!need) throw new Error(`Unknown system package \`${name}\``);
  if (missingPackages([need]).length > 0) throw new Error(missingMessage([need]));
  return executable(need);
}

/** `npm test` first: install what is missing (as root with apt-get), or stop with the exact command. */
function ensureInstalled(): number {
  const missing = missingPackages();
  if (missing.length === 0) return 0;
  const canInstall = process.getuid?.() === 0 && runnable('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(missingMessage(missing));
    return 1;
  }
  const names = missing.map((need) => need.package);
  console.error(`Installing Debian packages the tests need: ${names.join(' ')} (apt-get, about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...names],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed.\n${missingMessage(missing)}`);
      return 1;
    }
  }
  const still = missingPackages();
  if (still.length > 0) {
    console.error(missingMessage(still));
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = ensureInstalled();
