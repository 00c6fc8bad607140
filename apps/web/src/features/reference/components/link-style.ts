/** The look of text links in the reference (underlined, teal, visible in both themes). */
export const LINK_CLASS =
  'text-teal-800 underline decoration-teal-800/40 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40 dark:hover:decoration-teal-300';
