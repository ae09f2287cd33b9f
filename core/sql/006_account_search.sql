-- Search as you type by account reference ("CT-0000" ...): a prefix index in the order the
-- search reads it, as 003 gives case references, since the database collation may not be C.
CREATE INDEX account_reference_prefix ON account (reference text_pattern_ops);
