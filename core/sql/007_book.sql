-- Book it: places and their opening hours, appointment types, appointments, and the reception
-- queue. Also the one way a message reaches a customer's outbox.
--
-- Appointment and queue times are `timestamp` (without time zone) on purpose: they are civil
-- times at the service point, given by the application's clock. A 10:30 appointment stays at
-- 10:30 across a clock change, and tests can fix the clock.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Somewhere the public can go: council offices, libraries, recycling centres. A service point is
-- staffed at a place and keeps that place's hours.
CREATE TABLE place (
    id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text NOT NULL UNIQUE,
    name              text NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('office', 'library', 'recycling_centre',
                          'other')),
    address           text NOT NULL DEFAULT '',
    phone             text NOT NULL DEFAULT '',
    keywords          text NOT NULL DEFAULT '',
    service_point_id  integer UNIQUE REFERENCES service_point,
    document          tsvector GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', name), 'A')
                          || setweight(to_tsvector('english', keywords || ' ' || kind), 'A')
                          || setweight(to_tsvector('english', address), 'C')) STORED
);

-- Opening hours by ISO weekday (1 Monday .. 7 Sunday); a day may have several sessions.
CREATE TABLE opening_time (
    place_id  integer NOT NULL REFERENCES place ON DELETE CASCADE,
    weekday   smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens     time NOT NULL,
    closes    time NOT NULL,
    PRIMARY KEY (place_id, weekday, opens),
    CHECK (opens < closes)
);

-- Days a place is shut besides the council's bank holidays and closures (forms/calendar).
CREATE TABLE place_closure (
    place_id  integer NOT NULL REFERENCES place ON DELETE CASCADE,
    on_date   date NOT NULL,
    reason    text NOT NULL DEFAULT '',
    PRIMARY KEY (place_id, on_date)
);

-- The published standard for waiting at reception, in minutes.
ALTER TABLE service_point ADD COLUMN wait_standard_minutes integer NOT NULL DEFAULT 15
    CHECK (wait_standard_minutes > 0);

CREATE TABLE appointment_type (
    id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_point_id  integer NOT NULL REFERENCES service_point,
    code              text NOT NULL,
    name              text NOT NULL,
    minutes           integer NOT NULL CHECK (minutes BETWEEN 5 AND 240),
    mode              text NOT NULL CHECK (mode IN ('face_to_face', 'phone', 'video')),
    bring             text NOT NULL DEFAULT '',     -- what to bring, said in the confirmation
    active            boolean NOT NULL DEFAULT true,
    UNIQUE (service_point_id, code)
);

-- Who can take each type of appointment.
CREATE TABLE appointment_type_staff (
    type_id   integer NOT NULL REFERENCES appointment_type ON DELETE CASCADE,
    staff_id  integer NOT NULL REFERENCES staff,
    PRIMARY KEY (type_id, staff_id)
);

-- A booking holds its advisor's time and its customer's. The exclusion constraints make a double
-- booking impossible, whatever the number of advisors booking at once: the second of two
-- overlapping inserts waits for the first and then fails.
CREATE TABLE appointment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference      text GENERATED ALWAYS AS ('AP-' || lpad(id::text, 6, '0')) STORED UNIQUE,
    type_id        integer NOT NULL REFERENCES appointment_type,
    customer_id    bigint NOT NULL REFERENCES customer,
    staff_id       integer NOT NULL REFERENCES staff,
    starts_at      timestamp NOT NULL,
    ends_at        timestamp NOT NULL,
    status         text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'arrived', 'seen',
                       'no_show', 'cancelled', 'rebooked')),
    note           text NOT NULL DEFAULT '',
    booked_by      integer NOT NULL REFERENCES staff,
    booked_at      timestamptz NOT NULL DEFAULT now(),
    rebooked_from  bigint REFERENCES appointment,
    cancel_reason  text,
    reminded_at    timestamptz,
    CHECK (starts_at < ends_at),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
    CONSTRAINT appointment_staff_overlap EXCLUDE USING gist
        (staff_id WITH =, tsrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('booked', 'arrived', 'seen')),
    CONSTRAINT appointment_customer_overlap EXCLUDE USING gist
        (customer_id WITH =, tsrange(starts_at, ends_at) WITH &&)
        WHERE (status IN ('booked', 'arrived'))
);

CREATE INDEX appointment_customer ON appointment (customer_id, starts_at DESC);
CREATE INDEX appointment_day ON appointment (starts_at) WHERE status IN ('booked', 'arrived');

-- Books the first advisor (lowest id) who takes this type and is free for the whole slot. Each
-- try is a subtransaction: a clash with a booking made a moment ago by someone else moves on to
-- the next advisor, and when none is left the slot is refused with SQLSTATE CD003. A clash with
-- the customer's own booking is CD004.
--
-- Two inserts that overlap each check the other's uncommitted row and wait for each other: a
-- deadlock. So bookers first take transaction locks on the customer, then on each advisor in
-- id order; the second of two waits for the first to commit and then meets its row. The
-- exclusion constraints stay the guarantee; the locks only queue the contenders.
CREATE FUNCTION appointment_book(p_type integer, p_customer bigint, p_starts timestamp,
    p_booked_by integer, p_note text, p_rebooked_from bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    t       appointment_type;
    advisor integer;
    new_id  bigint;
    clash   text;
BEGIN
    SELECT * INTO t FROM appointment_type WHERE id = p_type AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'That appointment type is no longer offered' USING ERRCODE = 'CD003';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('civicdesk appointment customer'),
                                  hashtext(p_customer::text));
    FOR advisor IN SELECT staff_id FROM appointment_type_staff s JOIN staff ON staff.id = s.staff_id
                   WHERE s.type_id = p_type AND staff.active ORDER BY s.staff_id LOOP
        PERFORM pg_advisory_xact_lock(hashtext('civicdesk appointment staff'), advisor);
        BEGIN
            INSERT INTO appointment (type_id, customer_id, staff_id, starts_at, ends_at, note,
                                     booked_by, rebooked_from)
            VALUES (p_type, p_customer, advisor, p_starts,
                    p_starts + make_interval(mins => t.minutes), p_note, p_booked_by,
                    p_rebooked_from)
            RETURNING id INTO new_id;
            RETURN new_id;
        EXCEPTION WHEN exclusion_violation THEN
            GET STACKED DIAGNOSTICS clash = CONSTRAINT_NAME;
            IF clash = 'appointment_customer_overlap' THEN
                RAISE EXCEPTION 'The customer already has an appointment at that time'
                    USING ERRCODE = 'CD004';
            END IF;
        END;
    END LOOP;
    RAISE EXCEPTION 'That time has just been booked by someone else: choose another'
        USING ERRCODE = 'CD003';
END
$$;

-- Reception: one ticket per arrival, numbered per service point and day (W for walk-ins, A for
-- booked customers). due_at is when the customer's wait starts counting: arrival, or the
-- appointment time for a booked customer who came early.
CREATE TABLE queue_counter (
    service_point_id  integer NOT NULL REFERENCES service_point,
    business_date     date NOT NULL,
    prefix            text NOT NULL,
    last_number       integer NOT NULL,
    PRIMARY KEY (service_point_id, business_date, prefix)
);

CREATE TABLE queue_ticket (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_point_id  integer NOT NULL REFERENCES service_point,
    business_date     date NOT NULL,
    ticket            text NOT NULL,
    name              text NOT NULL,                -- as the customer gave it at the desk
    customer_id       bigint REFERENCES customer,
    appointment_id    bigint UNIQUE REFERENCES appointment,
    reason            text NOT NULL DEFAULT '',
    arrived_at        timestamp NOT NULL,
    due_at            timestamp NOT NULL,
    status            text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called',
                          'left')),
    called_at         timestamp,
    called_by         integer REFERENCES staff,
    checked_in_by     integer NOT NULL REFERENCES staff,
    UNIQUE (service_point_id, business_date, ticket),
    CHECK ((status = 'called') = (called_at IS NOT NULL AND called_by IS NOT NULL))
);

CREATE INDEX queue_ticket_waiting ON queue_ticket (service_point_id, business_date)
    WHERE status = 'waiting';

-- The one way a message reaches a customer: on their preferred channel, to the address that
-- channel needs. Where the channel cannot carry it (no e-mail address held, a face-to-face
-- preference) it goes by letter. Something to read later (p_written: an article) never goes as a
-- phone call: a customer who prefers phone gets it by e-mail when held, by text to a mobile,
-- else by letter. A stated preference for letters is always kept (large print, braille).
CREATE FUNCTION outbox_send(p_customer bigint, p_case bigint, p_body text,
    p_written boolean DEFAULT false) RETURNS bigint
LANGUAGE sql AS $$
    INSERT INTO outbox (case_id, customer_id, channel, recipient, body)
    SELECT p_case, u.id, r.channel,
           CASE r.channel WHEN 'email' THEN u.email WHEN 'letter' THEN
               concat_ws(', ', nullif(u.address_line1, ''), nullif(u.address_line2, ''),
                         nullif(u.town, ''), nullif(u.postcode, ''))
           ELSE u.phone END,
           p_body
    FROM customer u
    CROSS JOIN LATERAL (SELECT CASE
        WHEN u.preferred_channel = 'email' AND u.email <> '' THEN 'email'
        WHEN u.preferred_channel IN ('letter', 'face_to_face') THEN 'letter'
        WHEN NOT p_written AND u.preferred_channel IN ('phone', 'sms') AND u.phone <> ''
            THEN u.preferred_channel
        WHEN u.preferred_channel = 'sms' AND u.phone_key LIKE '07%' THEN 'sms'
        WHEN u.email <> '' THEN 'email'
        WHEN u.phone_key LIKE '07%' THEN 'sms'
        ELSE 'letter' END AS channel) r
    WHERE u.id = p_customer
    RETURNING id
$$;
