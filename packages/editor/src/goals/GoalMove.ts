/** A keyboard or toolbar move of a goal in the tree. */
export type GoalMove = 'up' | 'down' | 'indent' | 'outdent';
