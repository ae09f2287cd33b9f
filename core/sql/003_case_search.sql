-- Search by case reference as it is typed ("RPT-2026-0001..."): a prefix LIKE needs the
-- pattern operator class, whatever the database's collation.
CREATE INDEX casework_reference_prefix ON casework (reference text_pattern_ops);
