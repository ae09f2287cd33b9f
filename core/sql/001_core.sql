-- The spine: staff and service points, customers (single view), contacts, drafts, audit and the
-- request log that makes every write idempotent.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE service_point (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL
);

CREATE TABLE staff (
    id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username         text NOT NULL UNIQUE,          -- operating-system user in production
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    team             text NOT NULL DEFAULT 'Customer Services',
    role             text NOT NULL CHECK (role IN
                         ('advisor', 'call_handler', 'floorwalker', 'supervisor', 'admin')),
    service_point_id integer NOT NULL REFERENCES service_point,
    active           boolean NOT NULL DEFAULT true
);

-- Every write transaction starts by recording its client-made request id here. A retry after a lost
-- connection finds the id taken and returns the first attempt's result instead of writing again.
CREATE TABLE request_log (
    request_id  uuid PRIMARY KEY,
    action      text NOT NULL,
    result_id   bigint,
    staff_id    integer REFERENCES staff,
    at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title             text NOT NULL DEFAULT '',
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    full_name         text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    date_of_birth     date,
    email             text NOT NULL DEFAULT '',
    phone             text NOT NULL DEFAULT '',      -- as the customer gave it, normalised
    phone_key         text NOT NULL DEFAULT '',      -- digits only, national form (07700900123)
    address_line1     text NOT NULL DEFAULT '',
    address_line2     text NOT NULL DEFAULT '',
    town              text NOT NULL DEFAULT '',
    postcode          text NOT NULL DEFAULT '',      -- normalised: upper case, one space
    preferred_channel text NOT NULL DEFAULT 'phone' CHECK (preferred_channel IN
                          ('phone', 'email', 'letter', 'sms', 'face_to_face')),
    language          text NOT NULL DEFAULT 'English',
    interpreter       text NOT NULL DEFAULT 'none' CHECK (interpreter IN ('none', 'spoken', 'bsl')),
    access_needs      text NOT NULL DEFAULT '',      -- comma-separated: large print, braille, easy read, audio …
    version           integer NOT NULL DEFAULT 1,    -- optimistic locking between advisors
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Search as you type: each index serves one kind of query in the order it shows results, so a
-- million customers answer with a short index scan rather than a sort. The database collation
-- may not be C, so queries order with text_pattern_ops' own operator (USING ~<~).
CREATE INDEX customer_full_name_trgm ON customer USING gin (full_name gin_trgm_ops);
CREATE INDEX customer_surname_prefix ON customer
    (lower(last_name) text_pattern_ops, lower(first_name) text_pattern_ops, id);
CREATE INDEX customer_full_name_prefix ON customer (lower(full_name) text_pattern_ops, id);
CREATE INDEX customer_postcode_prefix ON customer
    (postcode text_pattern_ops, address_line1, last_name, id);
CREATE INDEX customer_phone_key ON customer (phone_key text_pattern_ops, last_name, id)
    WHERE phone_key <> '';
CREATE INDEX customer_email ON customer (lower(email) text_pattern_ops, id) WHERE email <> '';

-- Every surname once, lower case. A misspelt name ("Jon Smiht") is matched against this short
-- list by edit distance, then customers are found by surname: fast where comparing every
-- customer's name would not be.
CREATE TABLE surname (
    name text NOT NULL
);
CREATE UNIQUE INDEX surname_name ON surname (name text_pattern_ops);

CREATE FUNCTION surname_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO surname (name) SELECT DISTINCT lower(last_name) FROM changed
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_surname_insert AFTER INSERT ON customer
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION surname_collect();
CREATE TRIGGER customer_surname_update AFTER UPDATE ON customer
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION surname_collect();

CREATE TABLE contact (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id        bigint NOT NULL REFERENCES customer,
    staff_id           integer NOT NULL REFERENCES staff,
    service_point_id   integer NOT NULL REFERENCES service_point,
    channel            text NOT NULL CHECK (channel IN ('face_to_face', 'phone', 'email', 'webchat',
                           'social_media', 'letter', 'assisted_digital')),
    started_at         timestamptz NOT NULL DEFAULT now(),
    ended_at           timestamptz,
    reason             text NOT NULL DEFAULT '',
    resolved_first     boolean,
    failure_demand     text CHECK (failure_demand IN ('not_done', 'done_wrong', 'clarification',
                           'repeat_information', 'progress_chasing', 'not_online')),
    satisfaction       smallint CHECK (satisfaction BETWEEN 1 AND 5),
    notes              text NOT NULL DEFAULT '',
    -- Assisted digital sessions (floorwalkers helping residents use online services).
    ad_task            text,
    ad_completion      text CHECK (ad_completion IN ('alone', 'with_help', 'not_completed')),
    ad_barrier         text CHECK (ad_barrier IN ('none', 'no_device', 'skills', 'confidence',
                           'language', 'accessibility')),
    ad_signposted      text,
    CHECK (ended_at IS NULL OR resolved_first IS NOT NULL)
);

CREATE INDEX contact_customer ON contact (customer_id, started_at DESC);
CREATE INDEX contact_open ON contact (staff_id) WHERE ended_at IS NULL;

-- What an advisor was typing when the terminal went away or they stepped back; offered again when
-- that advisor next opens the same customer (or starts a new customer record).
CREATE TABLE draft (
    staff_id     integer NOT NULL REFERENCES staff,
    customer_id  bigint NOT NULL DEFAULT 0,          -- 0: a customer record not yet created
    kind         text NOT NULL,
    body         text NOT NULL,
    saved_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (staff_id, customer_id, kind)
);

-- Who saw or changed which record, when, from which terminal. Field names only, never values.
CREATE TABLE audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    staff_id    integer NOT NULL REFERENCES staff,
    action      text NOT NULL CHECK (action IN ('view', 'create', 'update')),
    entity      text NOT NULL,
    entity_id   bigint NOT NULL,
    fields      text NOT NULL DEFAULT '',
    terminal    text NOT NULL DEFAULT '',
    request_id  uuid NOT NULL UNIQUE               -- a retried view is recorded once
);

CREATE INDEX audit_entity ON audit (entity, entity_id, at);
