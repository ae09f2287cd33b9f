-- Partial postcode search matches the stored postcode (upper case, one space) so that "EM1"
-- finds EM1 1AA but not EM10 1AA.
CREATE INDEX customer_postcode_prefix ON customer (postcode text_pattern_ops);
