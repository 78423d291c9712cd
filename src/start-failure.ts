/**
 * Text of its own: the app's words come with the code that failed to load. Chinese first, English
 * beside it, marked as English so a screen reader reads it in an English voice.
 */
const TITLE = ['看板未能加载', 'The dashboard could not load'] as const;
const TEXT = [
  '请检查网络连接后重新加载本页；仍不行请联系单位信息技术人员。',
  'Check the network connection and reload the page; if it still fails, contact your IT staff.',
] as const;
const RELOAD = ['重新加载', 'Reload'] as const;

/** `element` holding the Chinese, then the English in a span of its own language. */
function bilingual<E extends HTMLElement>(element: E, [zh, en]: readonly [string, string], separator: string): E {
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent = en;
  element.append(`${zh}${separator}`, english);
  return element;
}

/**
 * When the app's code cannot be fetched, or throws as its modules first run, the static shell says so
 * in place of its loading placeholder (index.html's #start-placeholder, which the app's first render
 * replaces), with a button that loads the page again: else the placeholder would stay for ever. Built
 * with DOM calls, as the app's page-level error panel looks (panel-message, a heading).
 */
export function showStartFailure(error: unknown): void {
  console.error('The dashboard could not start', error);
  const placeholder = document.getElementById('start-placeholder');
  if (!placeholder) return;
  const panel = document.createElement('div');
  panel.className = 'panel-message panel-error';
  panel.setAttribute('role', 'alert');
  const title = bilingual(document.createElement('h1'), TITLE, ' · ');
  title.className = 'panel-message-title';
  // A no-break space: the button lays its label out in a flex box, which drops a trailing space.
  const reload = bilingual(document.createElement('button'), RELOAD, ' ·\u00a0');
  reload.type = 'button';
  reload.className = 'button';
  reload.addEventListener('click', () => window.location.reload());
  panel.append(title, bilingual(document.createElement('p'), TEXT, ' '), reload);
  placeholder.replaceWith(panel);
}
