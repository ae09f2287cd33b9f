-- Demo data for Find it (being written).
CREATE OR REPLACE FUNCTION pg_temp.demo_find()
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
END
$$;
