import type { TerritoryType } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { createConcept } from '../api/createConcept.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { rememberConcept } from '../storage/recentConcepts.ts';
import { TextField } from '../ui/TextField.tsx';
import { useTemplates } from './useTemplates.ts';

const TERRITORY_TYPES: TerritoryType[] = ['kreis', 'kreisfreie-stadt', 'gemeinde', 'institution'];

/** Creates a concept from a template and opens it as its owner. */
export function CreateConceptForm() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { templates, error: templatesError } = useTemplates();
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [territory, setTerritory] = useState('');
  const [territoryType, setTerritoryType] = useState<TerritoryType>('kreis');
  const [fundingPeriod, setFundingPeriod] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const chosenTemplate = templateId || templates?.[0]?.id || '';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!title.trim() || !territory.trim() || !chosenTemplate) return;
    setBusy(true);
    setError(null);
    try {
      const input = {
        templateId: chosenTemplate,
        title: title.trim(),
        territory: territory.trim(),
        territoryType,
      };
      const created = await createConcept(
        fundingPeriod.trim() ? { ...input, fundingPeriod: fundingPeriod.trim() } : input,
      );
      rememberConcept({
        id: created.id,
        token: created.ownerToken,
        title: input.title,
        territory: input.territory,
        role: 'owner',
        confirmed: true,
        keepLinkSafe: true,
      });
      navigate(routePath(created.id));
    } catch (e) {
      setError(t('web.start.create.failed', { message: errorMessage(e, t, locale) }));
      setBusy(false);
    }
  }

  const missing = (value: string) => touched && !value.trim();
  return (
    <section className="card create-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('web.start.create.title')}</h2>
      <form onSubmit={onSubmit} noValidate className="stack">
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('web.start.create.template')}</label>
          {templatesError ? (
            <p className="error" role="alert">
              {t('web.start.create.templatesFailed', { message: errorMessage(templatesError, t, locale) })}
            </p>
          ) : (
            <select
              id={`${id}-template`}
              value={chosenTemplate}
              onChange={(e) => setTemplateId(e.target.value)}
              disabled={!templates}
            >
              {!templates && <option value="">{t('web.start.create.templatesLoading')}</option>}
              {templates?.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </select>
          )}
        </div>
        <TextField
          id={`${id}-name`}
          label={t('web.start.create.conceptTitle')}
          placeholder={t('web.start.create.conceptTitlePlaceholder')}
          value={title}
          onChange={setTitle}
          error={missing(title) ? t('web.start.create.required') : null}
        />
        <TextField
          id={`${id}-territory`}
          label={t('web.start.create.territory')}
          placeholder={t('web.start.create.territoryPlaceholder')}
          value={territory}
          onChange={setTerritory}
          error={missing(territory) ? t('web.start.create.required') : null}
        />
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('web.start.create.territoryType')}</label>
          <select
            id={`${id}-type`}
            value={territoryType}
            onChange={(e) => setTerritoryType(e.target.value as TerritoryType)}
          >
            {TERRITORY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`web.territoryType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={`${id}-period`}
          label={t('web.start.create.fundingPeriod')}
          placeholder={t('web.start.create.fundingPeriodPlaceholder')}
          value={fundingPeriod}
          onChange={setFundingPeriod}
          optional
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="button-primary" disabled={busy || !templates}>
            {busy ? t('web.start.create.submitting') : t('web.start.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
