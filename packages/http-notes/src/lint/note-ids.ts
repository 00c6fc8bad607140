/**
 * Every note id the linter can produce. Fixed ids are listed one by one; families are a
 * prefix plus a key from a table (status-200, method-get, header-etag, syntax-obs-fold).
 */
export const NOTE_IDS = [
  'status-unregistered',
  'why-no-trace',
  'why-status',
  'method-unknown',
  'request-line-endings-normalized',
  'request-head-terminated',
  'design-uri-trailing-slash',
  'design-uri-uppercase',
  'design-uri-file-extension',
  'design-uri-crud-verb',
  'design-uri-underscore',
  'request-body-no-content-type',
  'request-body-invalid-json',
  'request-body-looks-json',
  'request-accept-invalid',
  'response-201-no-location',
  'response-3xx-no-location',
  'response-405-no-allow',
  'response-405-allow',
  'response-401-no-www-authenticate',
  'response-body-forbidden',
  'response-no-body-ok',
  'response-vary-missing',
  'response-etag-weak',
  'response-etag-strong',
  'response-cacheability',
  'header-unknown',
] as const;

export const NOTE_ID_FAMILIES = ['status-', 'method-', 'header-', 'syntax-'] as const;
