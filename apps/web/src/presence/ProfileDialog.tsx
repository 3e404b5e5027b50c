import { useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { useSession } from '../session/useSession.ts';
import { PROFILE_COLORS } from '../storage/profile.ts';
import { Modal } from '../ui/Modal.tsx';

/** Asks for name and colour on the first visit (and whenever the person wants to change them). */
export function ProfileDialog({ onClose }: { onClose?: () => void }) {
  const t = useT();
  const id = useId();
  const profile = useSession((s) => s.profile);
  const setProfile = useSession((s) => s.setProfile);
  const [name, setName] = useState(profile?.name ?? '');
  const [color, setColor] = useState(
    () => profile?.color ?? PROFILE_COLORS[Math.floor(Math.random() * PROFILE_COLORS.length)] ?? '#1d4ed8',
  );
  const [touched, setTouched] = useState(false);
  const invalid = touched && !name.trim();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!name.trim()) return;
    setProfile({ name: name.trim().slice(0, 60), color });
    onClose?.();
  }

  return (
    <Modal title={t('web.profile.title')} onClose={onClose ?? (() => {})} dismissible={Boolean(profile)}>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <p className="muted">{t('web.profile.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('web.profile.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={60}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            required
            // biome-ignore lint/a11y/noAutofocus: the dialog exists to ask this one question
            autoFocus
          />
          {invalid && (
            <p id={`${id}-error`} className="field-error">
              {t('web.start.create.required')}
            </p>
          )}
        </div>
        <fieldset className="color-picker">
          <legend>{t('web.profile.color')}</legend>
          {PROFILE_COLORS.map((c, index) => (
            <label key={c} className="color-swatch" style={{ background: c }}>
              <input
                type="radio"
                name={`${id}-color`}
                value={c}
                checked={color === c}
                onChange={() => setColor(c)}
                aria-label={t('web.profile.colorOption', { number: index + 1 })}
              />
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="button-primary">
            {t('web.profile.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
