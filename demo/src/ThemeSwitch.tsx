import { useId, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const storageKey = 'react-session-kit-demo/theme';

const readTheme = (): Theme => {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

/** Puts the theme on <html data-theme>, which the kit's stylesheet and the demo's both follow. */
export function applyStoredTheme(theme: Theme = readTheme()): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function ThemeSwitch() {
  const [theme, setTheme] = useState(readTheme);
  const id = useId();
  const choose = (next: Theme) => {
    setTheme(next);
    window.localStorage.setItem(storageKey, next);
    applyStoredTheme(next);
  };
  return (
    <div className="demo-theme">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(event) => choose(event.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
