import type { Editor } from '@tiptap/core';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `LinkForm`. */
export interface LinkFormProps {
  editor: Editor;
  initialHref: string;
  onDone: () => void;
}

const SAFE = /^(https?:\/\/|mailto:)\S+$/i;

/** A small inline form to set, change or remove the link at the selection (no browser prompt). */
export function LinkForm({ editor, initialHref, onDone }: LinkFormProps) {
  const t = useT();
  const id = useId();
  const [href, setHref] = useState(initialHref || 'https://');
  const [invalid, setInvalid] = useState(false);
  function apply(event: FormEvent) {
    event.preventDefault();
    const url = href.trim();
    if (!SAFE.test(url)) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run();
    } else {
      chain.setLink({ href: url }).run();
    }
    onDone();
  }
  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  }
  return (
    <form
      className="wb-rte__link-form"
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        editor.commands.focus();
        onDone();
      }}
    >
      <label htmlFor={`${id}-url`}>{t('rte.linkUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        value={href}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setInvalid(false);
        }}
        // biome-ignore lint/a11y/noAutofocus: the form opens on request and is useless without focus
        autoFocus
      />
      <button type="submit">{t('rte.linkApply')}</button>
      {initialHref && (
        <button type="button" onClick={remove}>
          {t('rte.linkRemove')}
        </button>
      )}
      <button type="button" onClick={onDone}>
        {t('common.cancel')}
      </button>
      {invalid && (
        <p id={`${id}-error`} role="alert" className="wb-error">
          {t('rte.linkInvalid')}
        </p>
      )}
    </form>
  );
}
