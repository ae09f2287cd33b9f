-- Cases raised from the service catalogue: a readable reference, the answers given, a status
-- lifecycle with a timeline, due dates in working days, escalation, customers following a
-- case, and the messages owed to customers when a case changes.

-- One counter per reference prefix and year: RPT-2026-000123. The row lock taken by the
-- UPDATE makes two advisors raising cases at once get different numbers.
CREATE TABLE case_counter (
    prefix      text NOT NULL,
    year        integer NOT NULL,
    last_number integer NOT NULL DEFAULT 0,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE casework (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference         text NOT NULL UNIQUE,
    service_id        text NOT NULL,                 -- the catalogue's id, e.g. missed-bin
    process_type      text NOT NULL,
    title             text NOT NULL,                 -- the service line's title when raised
    customer_id       bigint NOT NULL REFERENCES customer,
    contact_id        bigint REFERENCES contact,
    staff_id          integer NOT NULL REFERENCES staff,
    service_point_id  integer NOT NULL REFERENCES service_point,
    status            text NOT NULL DEFAULT 'new' CHECK (status IN
                          ('new', 'in_progress', 'awaiting_customer', 'resolved', 'closed',
                           'cancelled')),
    stage             smallint NOT NULL DEFAULT 1 CHECK (stage IN (1, 2)),
    received_on       date NOT NULL,
    due_on            date NOT NULL,
    location          text NOT NULL DEFAULT '',      -- where, for reports: street or place
    postcode          text NOT NULL DEFAULT '',
    assigned_team     text NOT NULL DEFAULT '',
    assigned_officer  text NOT NULL DEFAULT '',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX casework_customer ON casework (customer_id, created_at DESC);
CREATE INDEX casework_open_due ON casework (due_on)
    WHERE status IN ('new', 'in_progress', 'awaiting_customer');
CREATE INDEX casework_service_point ON casework (service_point_id, due_on)
    WHERE status IN ('new', 'in_progress', 'awaiting_customer');
CREATE INDEX casework_staff ON casework (staff_id, due_on)
    WHERE status IN ('new', 'in_progress', 'awaiting_customer');
-- "Has someone already reported this?": open reports of one service line at one place.
CREATE INDEX casework_nearby ON casework (service_id, postcode, created_at)
    WHERE status IN ('new', 'in_progress', 'awaiting_customer');

-- The answers given on the form, one row per field.
CREATE TABLE case_field (
    case_id  bigint NOT NULL REFERENCES casework ON DELETE CASCADE,
    name     text NOT NULL,
    value    text NOT NULL,
    PRIMARY KEY (case_id, name)
);

-- The timeline: every change, with who and when.
CREATE TABLE case_event (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id   bigint NOT NULL REFERENCES casework ON DELETE CASCADE,
    at        timestamptz NOT NULL DEFAULT now(),
    staff_id  integer NOT NULL REFERENCES staff,
    kind      text NOT NULL CHECK (kind IN ('opened', 'status', 'note', 'assigned', 'extended',
                  'escalated', 'follower')),
    status    text NOT NULL DEFAULT '',
    note      text NOT NULL DEFAULT '',
    due_on    date
);

CREATE INDEX case_event_case ON case_event (case_id, at);

-- Customers who asked to be kept informed about a case someone else raised (a duplicate report
-- avoided). Counted, so the council sees the demand it absorbed.
CREATE TABLE case_follower (
    case_id      bigint NOT NULL REFERENCES casework ON DELETE CASCADE,
    customer_id  bigint NOT NULL REFERENCES customer,
    contact_id   bigint REFERENCES contact,
    added_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, customer_id)
);

-- Messages owed to customers, for a sender to deliver on the customer's preferred channel.
CREATE TABLE outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint REFERENCES casework ON DELETE SET NULL,
    customer_id  bigint NOT NULL REFERENCES customer,
    channel      text NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'sms',
                     'face_to_face')),
    recipient    text NOT NULL DEFAULT '',           -- email, phone or postal address
    body         text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz
);

CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL;
