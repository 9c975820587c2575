// Landed migrations are history: never edit one, add the next number instead.
export const migration0014 = `
-- Exchanges (换货): the returned goods and a new sale settle together. The return names the sale it paid for;
-- the part of its refunds that went into that sale moved no money (applied), and the sale's payments made of
-- it are marked as the exchange's credit, so neither counts in a shift's money, while a later return of either
-- still finds which tender each share came from.
ALTER TABLE returns ADD COLUMN exchange_sale_id INTEGER REFERENCES sales(id);
ALTER TABLE return_refunds ADD COLUMN applied INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1));
ALTER TABLE sale_payments ADD COLUMN exchange_credit INTEGER NOT NULL DEFAULT 0 CHECK (exchange_credit IN (0, 1));
CREATE INDEX returns_exchange_sale ON returns(exchange_sale_id) WHERE exchange_sale_id IS NOT NULL;
`;
