import './ownerLinks.css';
import { useLocale, useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { createShareLink } from '../api/shareLinks.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { conceptLink } from '../links/conceptLink.ts';
import { TextField } from '../ui/TextField.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { CopyField } from './CopyField.tsx';

const ROLE_LABEL = {
  owner: 'web.share.roleOwner',
  editor: 'web.share.roleEditor',
  viewer: 'web.share.roleViewer',
} as const;

/** Creates an owner, editor or viewer link (optional label and expiry) and shows it once to copy. */
export function CreateLinkForm({ onCreated }: { onCreated(): void }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { conceptId, token } = useWorkspace();
  const [role, setRole] = useState<'owner' | 'editor' | 'viewer'>('editor');
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const link = await createShareLink(conceptId, token, {
        role,
        ...(label.trim() ? { label: label.trim() } : {}),
        // The link stays valid through the whole chosen day, in the owner's time zone.
        ...(expires ? { expiresAt: new Date(`${expires}T23:59:59`).toISOString() } : {}),
      });
      setCreated(conceptLink(window.location.origin, conceptId, link.token));
      setLabel('');
      setExpires('');
      onCreated();
    } catch (e) {
      setError(t('web.share.failed', { message: errorMessage(e, t, locale) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="share-create">
      <h3 id={`${id}-title`}>{t('web.share.create')}</h3>
      <form onSubmit={onSubmit} className="stack">
        <fieldset className="role-choice">
          <legend>{t('web.share.role')}</legend>
          {(['editor', 'viewer', 'owner'] as const).map((r) => (
            <label key={r} className="radio">
              <input
                type="radio"
                name={`${id}-role`}
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
                aria-describedby={r === 'owner' ? `${id}-owner-warning` : undefined}
              />
              {t(ROLE_LABEL[r])}
            </label>
          ))}
          <p id={`${id}-owner-warning`} className="owner-warning" role="status">
            {role === 'owner' && t('web.share.ownerWarning')}
          </p>
        </fieldset>
        <div className="share-create-row">
          <TextField
            id={`${id}-label`}
            label={t('web.share.label')}
            placeholder={t('web.share.labelPlaceholder')}
            value={label}
            onChange={setLabel}
            optional
          />
          <TextField
            id={`${id}-expires`}
            type="date"
            label={t('web.share.expiresAt')}
            value={expires}
            onChange={setExpires}
            optional
          />
        </div>
        <div>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('web.share.submit')}
          </button>
        </div>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {created && <CopyField label={t('web.share.newLink')} value={created} hint={t('web.share.created')} />}
    </section>
  );
}
