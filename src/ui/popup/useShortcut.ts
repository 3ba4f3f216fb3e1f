/**
 * The keyboard shortcut the reader has for "open the next name's card" (manifest `commands`), as
 * the browser reports it: the suggested Alt+Shift+K, one the reader chose, or '' when none is set
 * (another extension may hold the keys). Read from the browser rather than written into the popup,
 * so the popup never names a shortcut that does not work.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

export function useShortcut(command = 'open-next'): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    browser.commands
      .getAll()
      .then((all) => live && setShortcut(all.find((c) => c.name === command)?.shortcut ?? ''))
      .catch(() => live && setShortcut(''));
    return () => {
      live = false;
    };
  }, [command]);
  return shortcut;
}
