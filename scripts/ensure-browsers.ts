/**
 * The browser tests drive Debian's Chromium and Firefox ESR; npm never downloads a
 * browser. Run before them: installs the two packages (and Firefox's German and Russian
 * language packs, for the tests of the interface in those languages) when they are
 * missing and we are root on a Debian-like system, otherwise says how to install them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

/** Where Debian's firefox-esr-l10n-<lang> package puts its language pack. */
const langpack = (lang: string) =>
  `/usr/lib/firefox-esr/browser/extensions/langpack-${lang}@firefox-esr.mozilla.org.xpi`;

const missing = [
  [CHROMIUM, 'chromium'],
  [FIREFOX, 'firefox-esr'],
  [langpack('de'), 'firefox-esr-l10n-de'],
  [langpack('ru'), 'firefox-esr-l10n-ru'],
].filter(([path]) => !existsSync(path!));

if (missing.length) {
  const pkgs = missing.map(([, pkg]) => pkg!);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `The browser tests need ${pkgs.join(' and ')}. Install with: sudo apt-get install -y ${pkgs.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(' and ')} from the system's package repository…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
}
