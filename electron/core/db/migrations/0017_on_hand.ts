// Landed migrations are history: never edit one, add the next number instead.
export const migration0017 = `
-- What a scan answers, kept in the product's row so a scan reads one row (the barcodes' and the stock's
-- tables stay the truth; these triggers copy them as they are written). On hand is the sum of the product's
-- movements, which a counted good sold daily has hundreds of; the barcodes are joined by U+001F.
ALTER TABLE products ADD COLUMN on_hand INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN barcodes TEXT;
UPDATE products SET
  on_hand = (SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE product_id = products.id),
  barcodes = (SELECT group_concat(code, char(31)) FROM barcodes WHERE product_id = products.id);

CREATE TRIGGER stock_movements_on_hand_insert AFTER INSERT ON stock_movements
BEGIN UPDATE products SET on_hand = on_hand + NEW.quantity WHERE id = NEW.product_id; END;
CREATE TRIGGER stock_movements_on_hand_delete AFTER DELETE ON stock_movements
BEGIN UPDATE products SET on_hand = on_hand - OLD.quantity WHERE id = OLD.product_id; END;
CREATE TRIGGER stock_movements_on_hand_update AFTER UPDATE OF product_id, quantity ON stock_movements
BEGIN
  UPDATE products SET on_hand = on_hand - OLD.quantity WHERE id = OLD.product_id;
  UPDATE products SET on_hand = on_hand + NEW.quantity WHERE id = NEW.product_id;
END;

CREATE TRIGGER barcodes_copy_insert AFTER INSERT ON barcodes
BEGIN
  UPDATE products SET barcodes = (SELECT group_concat(code, char(31)) FROM barcodes WHERE product_id = NEW.product_id)
  WHERE id = NEW.product_id;
END;
CREATE TRIGGER barcodes_copy_delete AFTER DELETE ON barcodes
BEGIN
  UPDATE products SET barcodes = (SELECT group_concat(code, char(31)) FROM barcodes WHERE product_id = OLD.product_id)
  WHERE id = OLD.product_id;
END;
CREATE TRIGGER barcodes_copy_update AFTER UPDATE ON barcodes
BEGIN
  UPDATE products SET barcodes = (SELECT group_concat(code, char(31)) FROM barcodes WHERE product_id = OLD.product_id)
  WHERE id = OLD.product_id;
  UPDATE products SET barcodes = (SELECT group_concat(code, char(31)) FROM barcodes WHERE product_id = NEW.product_id)
  WHERE id = NEW.product_id;
END;
`;
