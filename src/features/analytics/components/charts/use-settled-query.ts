import { useState } from 'react';

/**
 * The query whose answer is on screen. While a newer answer loads, the previous one stays (dimmed),
 * and so should everything built from it: the chart is not drawn again until there is new data.
 */
export function useSettledQuery<T>(query: T, showingPrevious: boolean): T {
  const [settled, setSettled] = useState(query);
  if (!showingPrevious && settled !== query) setSettled(query);
  return showingPrevious ? settled : query;
}
