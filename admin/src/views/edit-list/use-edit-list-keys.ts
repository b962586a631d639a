import { useEffect, useLayoutEffect, useRef } from 'react';
import { commandOfKey, type EditListCommand } from './keymap';

const TEXT_ROLES = new Set(['listbox', 'option', 'menuitem', 'textbox', 'spinbutton']);

/** Keys typed into a field, a menu or a dialog are not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const role = target.getAttribute('role') ?? '';
  if (target.isContentEditable || TEXT_ROLES.has(role)) return true;
  // A closed select (a filter just chosen) lets the keys through; an open one or a text combobox does not.
  if (role === 'combobox' && target.getAttribute('aria-expanded') === 'true') return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName === 'INPUT')
    return !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type);
  return Boolean(target.closest('[role="dialog"], [role="listbox"], [role="menu"]'));
}

/** The edit list's keyboard, on the whole page while it is shown and no dialog is open. */
export function useEditListKeys(enabled: boolean, onCommand: (command: EditListCommand) => void): void {
  const handler = useRef(onCommand);
  useLayoutEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const listener = (event: KeyboardEvent) => {
      if (event.repeat && !event.key.startsWith('Arrow') && event.key !== 'j' && event.key !== 'k') return;
      if (isTyping(event.target)) return;
      const command = commandOfKey(event);
      if (!command) return;
      // Captured before the focused control sees it: a closed filter select would take "a" as type-ahead.
      event.preventDefault();
      event.stopPropagation();
      handler.current(command);
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, [enabled]);
}
