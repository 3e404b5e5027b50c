import type { matrixMessagesDe } from './matrixMessagesDe.ts';

/** The goal×measure matrix's strings in English. */
export const matrixMessagesEn: Record<keyof typeof matrixMessagesDe, string> = {
  'web.nav.matrix': 'Goals × measures',
  'web.matrix.intro':
    'Which measure serves which goal? Goals are the rows, measures the columns, grouped by field of action. A measure serving a subgoal counts for the goal above it too.',
  'web.matrix.introEdit':
    'Clicking a cell (or Space) links the measure to the goal or removes the link; Ctrl+Z takes it back.',
  'web.matrix.caption': 'Goals and measures',
  'web.matrix.filter': 'Field of action',
  'web.matrix.filter.all': 'All fields of action',
  'web.matrix.noField': 'Without field of action',
  'web.matrix.goal': 'Goal',
  'web.matrix.legend': 'Symbols',
  'web.matrix.cell': '{measure} – goal {number} {goal}: {state}',
  'web.matrix.state.direct': 'linked',
  'web.matrix.state.below': 'covered through a subgoal',
  'web.matrix.state.none': 'not linked',
  'web.matrix.goalGap': 'no measure',
  'web.matrix.measureGap': 'no goal',
  'web.matrix.gaps.goals.none': 'Every goal has a measure.',
  'web.matrix.gaps.goals.one': '1 goal without a measure',
  'web.matrix.gaps.goals.other': '{count} goals without a measure',
  'web.matrix.gaps.measures.none': 'Every measure serves a goal.',
  'web.matrix.gaps.measures.one': '1 measure without a goal',
  'web.matrix.gaps.measures.other': '{count} measures without a goal',
  'web.matrix.linked': '{measure} is now linked to goal {number}.',
  'web.matrix.unlinked': '{measure} is no longer linked to goal {number}.',
  'web.matrix.undoneLink': 'Undone: {measure} is no longer linked to goal {number}.',
  'web.matrix.undoneUnlink': 'Undone: {measure} is linked to goal {number} again.',
  'web.matrix.undo': 'Undo',
  'web.matrix.inherited': '{measure} serves goal {number} through the subgoal {subgoals}.',
  'web.matrix.linkDirectly': 'Link directly as well',
  'web.matrix.noGoals': 'No goals yet. Add them in the goal system.',
  'web.matrix.noMeasures': 'There are no measures here yet.',
  'web.matrix.failed': 'That did not work: {message}',
};
