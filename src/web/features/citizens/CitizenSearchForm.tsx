import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface CitizenSearchFormProps {
  initialQuery?: string;
  onSearch(query: string): void;
}

/** The search field "Søg på CPR-nummer eller navn" with its button (DKFDS search pattern). */
export function CitizenSearchForm({ initialQuery = '', onSearch }: CitizenSearchFormProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(query.trim());
  };
  return (
    <form role="search" className="app-search" onSubmit={submit}>
      <div className="form-group">
        <label className="form-label" htmlFor="citizen-search">
          {t('citizens.searchLabel')}
        </label>
        <span className="form-hint" id="citizen-search-hint">
          {t('citizens.searchHint')}
        </span>
        <div className="app-search-row">
          <input
            className="form-input"
            id="citizen-search"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="citizen-search-hint"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button button-primary">
            {t('citizens.searchButton')}
          </button>
        </div>
      </div>
    </form>
  );
}
