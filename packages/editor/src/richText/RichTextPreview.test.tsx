import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setVision, visionFragment } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { RichTextPreview } from './RichTextEditor.tsx';

const user = { name: 'Aylin', color: '#1f6feb' };

function body() {
  const doc = new Y.Doc();
  setVision(doc, {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ausgangslage' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Schulen' }] }],
          },
        ],
      },
    ],
  });
  return visionFragment(doc);
}

describe('RichTextPreview (the body while the editor’s code loads)', () => {
  it('shows the text read-only under its label, with headings and lists, and says the editor is loading', () => {
    render(
      <RichTextPreview
        fragment={body()}
        user={user}
        editable
        label="Leitbild"
        failed={false}
        onRetry={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Leitbild' });
    expect(region.textContent).toBe('AusgangslageSchulen');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ausgangslage');
    expect(screen.getByRole('listitem').textContent).toBe('Schulen');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Der Editor wird geladen …')).toBeTruthy();
    expect(region.closest('.wb-rte')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows no toolbar line for a reader', () => {
    render(
      <RichTextPreview
        fragment={body()}
        user={user}
        editable={false}
        label="Leitbild"
        failed={false}
        onRetry={() => {}}
      />,
    );
    expect(screen.queryByText('Der Editor wird geladen …')).toBeNull();
    expect(screen.getByRole('region', { name: 'Leitbild' }).textContent).toBe('AusgangslageSchulen');
  });

  it('says when the editor could not be loaded and tries again on request, keeping the text in view', async () => {
    const onRetry = vi.fn();
    render(
      <RichTextPreview fragment={body()} user={user} editable label="Leitbild" failed onRetry={onRetry} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Der Editor konnte nicht geladen werden');
    expect(
      screen.getByRole('region', { name: 'Leitbild' }).closest('.wb-rte')?.hasAttribute('aria-busy'),
    ).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByRole('region', { name: 'Leitbild' }).textContent).toBe('AusgangslageSchulen');
  });

  it('follows what others write while the editor loads, and shows links that cannot be followed yet', () => {
    const doc = new Y.Doc();
    setVision(doc, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Siehe ' },
            {
              type: 'text',
              text: 'Landesprogramm',
              marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
            },
          ],
        },
      ],
    });
    render(
      <RichTextPreview
        fragment={visionFragment(doc)}
        user={user}
        editable
        label="Leitbild"
        failed={false}
        onRetry={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Leitbild' });
    expect(region.textContent).toBe('Siehe Landesprogramm');
    expect(screen.queryByRole('link')).toBeNull();
    act(() => {
      setVision(doc, {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Neu geschrieben' }] }],
      });
    });
    expect(region.textContent).toBe('Neu geschrieben');
  });
});
