// Landed migrations are history: never edit one, add the next number instead.
export const migration0007 = `
-- The store's time zone moves from the printed documents' settings to the store's own: a zone chosen there
-- for printed times becomes the zone of business days and receipt numbers too.
INSERT INTO settings (key, value)
SELECT 'timeZone', json_quote(json_extract(value, '$.timeZone'))
FROM print_document_settings
WHERE json_extract(value, '$.timeZone') IS NOT NULL
ON CONFLICT (key) DO NOTHING;
`;
