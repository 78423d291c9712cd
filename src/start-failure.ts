/** Text of its own: the app's words come with the code that failed to load. Chinese first, English beside. */
const TITLE = '看板未能加载 · The dashboard could not load';
const TEXT = '请检查网络连接后重新加载本页；仍不行请联系单位信息技术人员。Check the network connection and reload the page; if it still fails, contact your IT staff.';
const RELOAD = '重新加载 · Reload';

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * When the app's code cannot be fetched, or fails as it starts, the static shell says so in place of
 * its loading placeholder, with a button that loads the page again: else the placeholder would stay
 * for ever. Built with DOM calls, as the app's panels look (panel-message). Once React has rendered,
 * the placeholder is gone and the app's own error boundaries speak instead.
 */
export function showStartFailure(error: unknown): void {
  console.error('The dashboard could not start', error);
  const placeholder = document.querySelector('#root .skeleton');
  if (!placeholder) return;
  const panel = document.createElement('div');
  panel.className = 'panel-message panel-error';
  panel.setAttribute('role', 'alert');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = RELOAD;
  reload.addEventListener('click', () => window.location.reload());
  panel.append(paragraph(TITLE, 'panel-message-title'), paragraph(TEXT), reload);
  placeholder.replaceWith(panel);
}
