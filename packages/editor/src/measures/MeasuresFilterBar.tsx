import {
  type FieldOfActionJSON,
  flattenGoalTree,
  type GoalJSON,
  type GoalNode,
  type Light,
  type MeasureStatus,
  measureStatusSchema,
} from '@werkbank/concept';
import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MeasuresFilter } from './MeasuresFilter.ts';

/** Props of `MeasuresFilterBar`. */
export interface MeasuresFilterBarProps {
  filter: MeasuresFilter;
  onFilterChange: (filter: MeasuresFilter) => void;
  fields: readonly FieldOfActionJSON[];
  tree: readonly GoalNode<Light<GoalJSON>>[];
  leads: readonly string[];
}

/** The filters of the measures table; every control is labelled and changes the filter at once. */
export function MeasuresFilterBar({ filter, onFilterChange, fields, tree, leads }: MeasuresFilterBarProps) {
  const t = useT();
  const id = useId();
  const set = (patch: MeasuresFilter) => onFilterChange({ ...filter, ...patch });
  const all = <option value="">{t('common.all')}</option>;
  return (
    <fieldset className="wb-filter-bar">
      <legend>{t('table.filters')}</legend>
      <span className="wb-filter">
        <label htmlFor={`${id}-text`}>{t('table.filter.text')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value || undefined })}
        />
      </span>
      <span className="wb-filter">
        <label htmlFor={`${id}-field`}>{t('table.filter.field')}</label>
        <select
          id={`${id}-field`}
          value={filter.fieldId ?? ''}
          onChange={(e) => set({ fieldId: e.target.value || undefined })}
        >
          {all}
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.title || t('common.untitled')}
            </option>
          ))}
        </select>
      </span>
      <span className="wb-filter">
        <label htmlFor={`${id}-goal`}>{t('table.filter.goal')}</label>
        <select
          id={`${id}-goal`}
          value={filter.goalId ?? ''}
          onChange={(e) => set({ goalId: e.target.value || undefined })}
        >
          {all}
          {flattenGoalTree(tree).map((node) => (
            <option key={node.goal.id} value={node.goal.id}>
              {`${'\u00a0\u00a0'.repeat(node.depth)}${node.number} ${node.goal.title}`}
            </option>
          ))}
        </select>
      </span>
      <span className="wb-filter">
        <label htmlFor={`${id}-status`}>{t('table.filter.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as MeasureStatus | undefined })}
        >
          {all}
          {measureStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {t(`measure.status.${status}`)}
            </option>
          ))}
        </select>
      </span>
      <span className="wb-filter">
        <label htmlFor={`${id}-lead`}>{t('table.filter.lead')}</label>
        <select
          id={`${id}-lead`}
          value={filter.lead ?? ''}
          onChange={(e) => set({ lead: e.target.value || undefined })}
        >
          {all}
          {leads.map((lead) => (
            <option key={lead} value={lead}>
              {lead}
            </option>
          ))}
        </select>
      </span>
      <span className="wb-field--checkbox">
        <input
          id={`${id}-key`}
          type="checkbox"
          checked={filter.keyOnly ?? false}
          onChange={(e) => set({ keyOnly: e.target.checked || undefined })}
        />
        <label htmlFor={`${id}-key`}>{t('table.filter.keyOnly')}</label>
      </span>
      <button type="button" onClick={() => onFilterChange({})}>
        {t('table.filter.reset')}
      </button>
    </fieldset>
  );
}
