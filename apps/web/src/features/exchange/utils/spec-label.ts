/**
 * A short, readable name for a spec link: "RFC 9110 §15.5.6" for an RFC section,
 * the host name otherwise.
 * @example specLabel('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6') // 'RFC 9110 §15.5.6'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6
 */
export function specLabel(url: string): string {
  const rfc = /\/rfc(\d+)(?:\.html)?(?:#section-(\d+(?:\.\d+)*))?/i.exec(url);
  if (rfc) return rfc[2] ? `RFC ${rfc[1]} §${rfc[2]}` : `RFC ${rfc[1]}`;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * A label for a decision id that has no translation yet: 'method-allowed' → 'Method allowed?'.
 * @example decisionFallback('resource-exists') // 'Resource exists?'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function decisionFallback(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? `${words[0]?.toUpperCase()}${words.slice(1)}?` : id;
}
