import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROUTER_OPTIONS } from '../../src/app/router-options';
import { I18nProvider, useI18n } from '../../src/i18n/i18n';

/** How many times Title has been drawn (committed to the page). */
const drawn = { count: 0 };

/** Text in the user's language: memoised, as the app's charts are, so only a new context redraws it. */
const Title = memo(function Title() {
  const { t } = useI18n();
  useEffect(() => {
    drawn.count += 1;
  });
  return <p>{t('overviewTitle')}</p>;
});

beforeEach(() => {
  drawn.count = 0;
});

/** What a user does here: change the URL's other parameters (the area filter, `?area=`), or the language. */
function Controls() {
  const { setLang } = useI18n();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <>
      <button type="button" onClick={() => navigate({ search: '?area=service' })}>
        filter
      </button>
      <button type="button" onClick={() => setLang('en')}>
        English
      </button>
      <output aria-label="query">{search}</output>
    </>
  );
}

function renderWithLanguage() {
  render(
    <MemoryRouter initialEntries={['/?area=new-sectors']} {...ROUTER_OPTIONS}>
      <I18nProvider>
        <Title />
        <Controls />
      </I18nProvider>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

describe('the language', () => {
  it('does not redraw what shows text when the URL changes and the language does not', async () => {
    const user = renderWithLanguage();
    expect(screen.getByText('2024年工作总览')).toBeInTheDocument();
    expect(drawn.count).toBe(1);

    await user.click(screen.getByRole('button', { name: 'filter' }));

    expect(screen.getByRole('status', { name: 'query' })).toHaveTextContent('?area=service');
    expect(drawn.count).toBe(1);
  });

  it('keeps the rest of the URL as it is now when the language is switched after a change', async () => {
    const user = renderWithLanguage();
    await user.click(screen.getByRole('button', { name: 'filter' }));

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('status', { name: 'query' })).toHaveTextContent('?area=service&lang=en');
    // English loads on first use (src/i18n/catalogs.ts): the page switches once its words are in.
    expect(await screen.findByText('2024 at a glance')).toBeInTheDocument();
  });
});
