/** The id of the Problems list's heading: the Run-blocked notice's "Show all problems" focuses it. */
export const PROBLEM_LIST_TITLE_ID = 'problem-list-title';
