import {
  addGoalLevel,
  type GoalJSON,
  type GoalNode,
  goalLevelName,
  type Light,
  MAX_GOAL_LEVELS,
  removeGoalLevel,
  renameGoalLevel,
  suggestGoalLevelPlural,
} from '@werkbank/concept';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { TextField } from '../common/TextField.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useGoalLevels } from '../hooks/useGoalLevels.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `GoalLevelsEditor`. */
export interface GoalLevelsEditorProps {
  doc: Y.Doc;
  /** The goal tree flattened, to count the goals on each level. */
  goals: readonly GoalNode<Light<GoalJSON>>[];
  editable: boolean;
}

/**
 * The concept's goal levels (Zielebenen): each level's name in singular and plural, renamed in place; a level
 * added below the deepest (up to six); the deepest removed while no goal is on it. Read-only, the names only.
 * @example <GoalLevelsEditor doc={doc} goals={flattenGoalTree(tree)} editable />
 */
export function GoalLevelsEditor({ doc, goals, editable }: GoalLevelsEditorProps) {
  const t = useT();
  const id = useId();
  const levels = useGoalLevels(doc);
  const action = useConceptAction();
  const [singular, setSingular] = useState('');
  const [plural, setPlural] = useState<string | null>(null);
  const shownPlural = plural ?? suggestGoalLevelPlural(singular);
  const counts = levels.map((_, depth) => goals.filter((n) => n.depth === depth).length);
  const deepest = levels.length - 1;
  const deepestUsed = goals.some((n) => n.depth >= deepest);
  const full = levels.length >= MAX_GOAL_LEVELS;
  function add(event: FormEvent) {
    event.preventDefault();
    const added = action.run(() => addGoalLevel(doc, { singular, plural: shownPlural }));
    if (added) {
      setSingular('');
      setPlural(null);
    }
  }
  return (
    <details className="wb-goal-levels">
      <summary>{t('goalLevels.summary', { names: levels.map((l) => l.singular).join(' → ') })}</summary>
      <p className="wb-hint">{t(editable ? 'goalLevels.hint' : 'goalLevels.hintReadOnly')}</p>
      <ol className="wb-goal-levels__list">
        {levels.map((level, depth) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a level is its position
          <li key={depth} className={`wb-goal-levels__level wb-goal-level--${depth}`}>
            <span className="wb-goal-levels__head">
              <span className={`wb-badge wb-badge--level wb-badge--level-${depth}`}>
                {t('goalLevels.level', { n: depth + 1 })}
              </span>{' '}
              <span className="wb-hint">{countMessage(t, 'goalLevels.goalCount', counts[depth] ?? 0)}</span>
            </span>
            {editable ? (
              <span className="wb-goal-levels__names">
                <TextField
                  label={t('goalLevels.singular', { n: depth + 1 })}
                  value={level.singular}
                  editable
                  onCommit={(value) => renameGoalLevel(doc, depth, { ...level, singular: value })}
                />
                <TextField
                  label={t('goalLevels.plural', { n: depth + 1 })}
                  value={level.plural}
                  editable
                  onCommit={(value) => renameGoalLevel(doc, depth, { ...level, plural: value })}
                />
              </span>
            ) : (
              <span>
                {goalLevelName(levels, depth)} / {goalLevelName(levels, depth, 'plural')}
              </span>
            )}
          </li>
        ))}
      </ol>
      {editable && (
        <>
          <p>
            <button
              type="button"
              disabled={levels.length <= 1 || deepestUsed}
              aria-describedby={`${id}-remove-hint`}
              onClick={() => action.run(() => removeGoalLevel(doc))}
            >
              {t('goalLevels.remove', { level: levels[deepest]?.singular ?? '' })}
            </button>{' '}
            <span id={`${id}-remove-hint`} className="wb-hint">
              {levels.length <= 1
                ? t('goalLevels.removeLast')
                : deepestUsed
                  ? t('goalLevels.removeUsed', { level: levels[deepest]?.plural ?? '' })
                  : ''}
            </span>
          </p>
          {full ? (
            <p className="wb-hint">{t('goalLevels.full', { max: MAX_GOAL_LEVELS })}</p>
          ) : (
            <form className="wb-goal-levels__add" onSubmit={add} aria-labelledby={`${id}-add`}>
              <h3 id={`${id}-add`} className="wb-goal-levels__add-title">
                {t('goalLevels.addTitle', { n: levels.length + 1 })}
              </h3>
              <label>
                {t('goalLevels.newSingular')}
                <input
                  value={singular}
                  required
                  maxLength={60}
                  onChange={(event) => setSingular(event.target.value)}
                />
              </label>
              <label>
                {t('goalLevels.newPlural')}
                <input
                  value={shownPlural}
                  required
                  maxLength={60}
                  onChange={(event) => setPlural(event.target.value)}
                />
              </label>
              <button type="submit">{t('goalLevels.add')}</button>
            </form>
          )}
        </>
      )}
      <ErrorNote message={action.error} />
    </details>
  );
}
