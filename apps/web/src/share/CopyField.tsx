import { useT } from '@werkbank/editor';
import { useId, useRef, useState } from 'react';
import { copyText } from './copyText.ts';

/** A read-only link with a copy button that says whether copying worked. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button
          type="button"
          onClick={async () => setState((await copyText(value, input.current)) ? 'copied' : 'failed')}
        >
          {t('web.share.copy')}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <p className={state === 'failed' ? 'field-error' : 'hint'} role="status">
        {state === 'copied' && t('web.share.copied')}
        {state === 'failed' && t('web.share.copyFailed')}
      </p>
    </div>
  );
}
