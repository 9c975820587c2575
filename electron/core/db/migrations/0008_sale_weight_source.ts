// Landed migrations are history: never edit one, add the next number instead.
export const migration0008 = `
-- Where a weighed line's weight came from, as the repair desk records it: the tag, the scale's stable
-- reading, or typed by hand (with the reason the store may ask). Lines sold before keep NULL: not known.
ALTER TABLE sale_lines ADD COLUMN weight_source TEXT CHECK (weight_source IN ('tag', 'scale', 'typed'));
ALTER TABLE sale_lines ADD COLUMN weight_reason TEXT CHECK (weight_reason IS NULL OR weight_source = 'typed');
`;
