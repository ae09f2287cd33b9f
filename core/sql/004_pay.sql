-- Pay it: accounts with their ledger of charges, payments and voids; payments taken at the
-- counter with a receipt; voids; the end-of-day cash-up per advisor and per service point.
-- Money is whole pence. The database itself keeps the rules that protect the money: payments,
-- voids, cash-ups and the ledger are never updated or deleted, and a cashed-up day takes no
-- more payments or voids.

CREATE TABLE account (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference    text NOT NULL UNIQUE,              -- CT-00000015, or the case's for a fee
    kind         text NOT NULL CHECK (kind IN ('council_tax', 'rent', 'sundry', 'fee')),
    fund         text NOT NULL CHECK (fund IN ('council_tax', 'rent', 'sundry', 'fees')),
    title        text NOT NULL,
    customer_id  bigint NOT NULL REFERENCES customer,
    case_id      bigint REFERENCES casework,        -- fees: the case that raised it
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'fee') = (case_id IS NOT NULL))
);

CREATE INDEX account_customer ON account (customer_id);

-- Cash, card and cheque taken at a service point. Card numbers are never stored: the counter
-- terminal takes the card and gives an authorisation code.
CREATE TABLE payment (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    receipt_number    text NOT NULL UNIQUE,          -- RCP-2026-000123
    account_id        bigint NOT NULL REFERENCES account,
    customer_id       bigint NOT NULL REFERENCES customer,
    amount_pence      bigint NOT NULL CHECK (amount_pence > 0),
    fund              text NOT NULL CHECK (fund IN ('council_tax', 'rent', 'sundry', 'fees')),
    method            text NOT NULL CHECK (method IN ('cash', 'card', 'cheque')),
    auth_code         text CHECK (auth_code ~ '^[A-Z0-9]{4,8}$'),
    cheque_number     text CHECK (cheque_number ~ '^[0-9]{6}$'),
    staff_id          integer NOT NULL REFERENCES staff,
    service_point_id  integer NOT NULL REFERENCES service_point,
    contact_id        bigint REFERENCES contact,
    business_date     date NOT NULL,                 -- the till day it counts in
    taken_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((method = 'card') = (auth_code IS NOT NULL)),
    CHECK ((method = 'cheque') = (cheque_number IS NOT NULL))
);

CREATE INDEX payment_service_point_day ON payment (service_point_id, business_date);
CREATE INDEX payment_staff_day ON payment (staff_id, business_date);
CREATE INDEX payment_account ON payment (account_id);

-- A void is a record of its own: the payment row stays as it was taken.
CREATE TABLE payment_void (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id  bigint NOT NULL UNIQUE REFERENCES payment,
    staff_id    integer NOT NULL REFERENCES staff,
    reason      text NOT NULL CHECK (btrim(reason) <> ''),
    voided_at   timestamptz NOT NULL DEFAULT now()
);

-- Every change to what an account owes. The balance is the sum of amount_pence: charges add,
-- payments subtract, voids add back. Direct debits and other payments made elsewhere are
-- payments here without a payment row.
CREATE TABLE account_transaction (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint NOT NULL REFERENCES account,
    on_date       date NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('charge', 'payment', 'void')),
    description   text NOT NULL,
    amount_pence  bigint NOT NULL,
    payment_id    bigint REFERENCES payment,
    CHECK (kind <> 'payment' OR amount_pence < 0),
    CHECK (kind <> 'void' OR (amount_pence > 0 AND payment_id IS NOT NULL)),
    CHECK (kind <> 'charge' OR payment_id IS NULL)
);

-- Newest first for the account screen; the INCLUDE makes a balance an index-only sum.
CREATE INDEX account_transaction_account ON account_transaction
    (account_id, on_date DESC, id DESC) INCLUDE (amount_pence);
CREATE INDEX account_transaction_payment ON account_transaction (payment_id)
    WHERE payment_id IS NOT NULL;

-- A closed till day: one advisor's (scope staff) or the whole service point's.
CREATE TABLE cashup (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope                text NOT NULL CHECK (scope IN ('staff', 'service_point')),
    business_date        date NOT NULL,
    service_point_id     integer NOT NULL REFERENCES service_point,
    staff_id             integer REFERENCES staff,     -- scope staff: whose till
    expected_cash_pence  bigint NOT NULL,
    counted_cash_pence   bigint NOT NULL CHECK (counted_cash_pence >= 0),
    difference_pence     bigint GENERATED ALWAYS AS
                             (counted_cash_pence - expected_cash_pence) STORED,
    total_pence          bigint NOT NULL,
    note                 text NOT NULL DEFAULT '',
    closed_by            integer NOT NULL REFERENCES staff,
    closed_at            timestamptz NOT NULL DEFAULT now(),
    CHECK ((scope = 'staff') = (staff_id IS NOT NULL)),
    -- Money short or over is always explained.
    CHECK (counted_cash_pence = expected_cash_pence OR btrim(note) <> '')
);

-- One close per advisor per day (wherever they worked), one per service point per day.
CREATE UNIQUE INDEX cashup_staff_day ON cashup (staff_id, business_date)
    WHERE scope = 'staff';
CREATE UNIQUE INDEX cashup_service_point_day ON cashup (service_point_id, business_date)
    WHERE scope = 'service_point';

-- The day's takings as closed, by method and fund.
CREATE TABLE cashup_total (
    cashup_id  bigint NOT NULL REFERENCES cashup,
    method     text NOT NULL,
    fund       text NOT NULL,
    payments   integer NOT NULL,
    pence      bigint NOT NULL,
    PRIMARY KEY (cashup_id, method, fund)
);

-- A till day's lock: shared by payments and voids, exclusive for its cash-up, so a close
-- counts every payment committed before it and none can slip in after.
CREATE FUNCTION pay_day_lock(scope text, id integer, on_day date, exclusive boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF exclusive THEN
        PERFORM pg_advisory_xact_lock(hashtext('civicdesk pay ' || scope),
                                      hashtext(id::text || ' ' || on_day::text));
    ELSE
        PERFORM pg_advisory_xact_lock_shared(hashtext('civicdesk pay ' || scope),
                                             hashtext(id::text || ' ' || on_day::text));
    END IF;
END
$$;

-- Locks the advisor's and the service point's day (shared) and says which is cashed up:
-- 'staff', 'service_point', or NULL when both are open. The lock is held to the end of the
-- transaction, so the answer stays true while the caller writes.
CREATE FUNCTION pay_day_closed(staff_key integer, point_key integer, on_day date)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pay_day_lock('staff', staff_key, on_day, false);
    PERFORM pay_day_lock('service_point', point_key, on_day, false);
    IF EXISTS (SELECT 1 FROM cashup c WHERE c.scope = 'staff' AND c.staff_id = staff_key
               AND c.business_date = on_day) THEN
        RETURN 'staff';
    END IF;
    IF EXISTS (SELECT 1 FROM cashup c WHERE c.scope = 'service_point'
               AND c.service_point_id = point_key AND c.business_date = on_day) THEN
        RETURN 'service_point';
    END IF;
    RETURN NULL;
END
$$;

-- SQLSTATE CD001: a cashed-up day was asked to change; CD002: a row that is never changed.
CREATE FUNCTION pay_payment_day_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pay_day_closed(NEW.staff_id, NEW.service_point_id, NEW.business_date) IS NOT NULL THEN
        RAISE EXCEPTION 'pay: the till day % is cashed up', NEW.business_date
            USING ERRCODE = 'CD001';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_day_open BEFORE INSERT ON payment
    FOR EACH ROW EXECUTE FUNCTION pay_payment_day_open();

CREATE FUNCTION pay_void_day_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p payment;
BEGIN
    SELECT * INTO p FROM payment WHERE id = NEW.payment_id;
    IF FOUND AND pay_day_closed(p.staff_id, p.service_point_id, p.business_date) IS NOT NULL
    THEN
        RAISE EXCEPTION 'pay: the till day % is cashed up', p.business_date
            USING ERRCODE = 'CD001';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_void_day_open BEFORE INSERT ON payment_void
    FOR EACH ROW EXECUTE FUNCTION pay_void_day_open();

CREATE FUNCTION pay_cashup_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.scope = 'staff' THEN
        PERFORM pay_day_lock('staff', NEW.staff_id, NEW.business_date, true);
    ELSE
        PERFORM pay_day_lock('service_point', NEW.service_point_id, NEW.business_date, true);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER cashup_lock BEFORE INSERT ON cashup
    FOR EACH ROW EXECUTE FUNCTION pay_cashup_lock();

CREATE FUNCTION pay_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'pay: % rows are never changed or removed', TG_TABLE_NAME
        USING ERRCODE = 'CD002';
END
$$;

CREATE TRIGGER payment_never_changed BEFORE UPDATE OR DELETE ON payment
    FOR EACH ROW EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER payment_never_truncated BEFORE TRUNCATE ON payment
    FOR EACH STATEMENT EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER payment_void_never_changed BEFORE UPDATE OR DELETE ON payment_void
    FOR EACH ROW EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER payment_void_never_truncated BEFORE TRUNCATE ON payment_void
    FOR EACH STATEMENT EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER account_transaction_never_changed BEFORE UPDATE OR DELETE ON account_transaction
    FOR EACH ROW EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER account_transaction_never_truncated BEFORE TRUNCATE ON account_transaction
    FOR EACH STATEMENT EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER cashup_never_changed BEFORE UPDATE OR DELETE ON cashup
    FOR EACH ROW EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER cashup_never_truncated BEFORE TRUNCATE ON cashup
    FOR EACH STATEMENT EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER cashup_total_never_changed BEFORE UPDATE OR DELETE ON cashup_total
    FOR EACH ROW EXECUTE FUNCTION pay_never_changed();
CREATE TRIGGER cashup_total_never_truncated BEFORE TRUNCATE ON cashup_total
    FOR EACH STATEMENT EXECUTE FUNCTION pay_never_changed();
