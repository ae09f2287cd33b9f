-- Applications: the documents an advisor must see before one can be decided, and applications
-- paused part-way so that any advisor can resume them at the customer's next contact.

-- One row per document the service line asks for. A case whose required documents are not all
-- seen and verified waits in 'awaiting_customer'.
CREATE TABLE case_evidence (
    case_id      bigint NOT NULL REFERENCES casework ON DELETE CASCADE,
    name         text NOT NULL,                     -- the catalogue's [evidence.NAME]
    position     smallint NOT NULL,                 -- the order the service line lists them
    label        text NOT NULL,
    required     boolean NOT NULL,
    state        text NOT NULL DEFAULT 'needed' CHECK (state IN ('needed', 'later', 'verified')),
    verified_by  integer REFERENCES staff,
    verified_on  date,
    PRIMARY KEY (case_id, name),
    CHECK ((state = 'verified') = (verified_by IS NOT NULL AND verified_on IS NOT NULL))
);

ALTER TABLE case_event DROP CONSTRAINT case_event_kind_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_check CHECK (kind IN ('opened', 'status',
    'note', 'assigned', 'extended', 'escalated', 'follower', 'evidence'));

-- An application stopped part-way: the answers so far (a draft body), where it stopped, and
-- who paused it. One per customer and service line; shown on the customer's record.
CREATE TABLE paused_application (
    customer_id  bigint NOT NULL REFERENCES customer,
    service_id   text NOT NULL,
    title        text NOT NULL,
    step         text NOT NULL CHECK (step IN ('eligibility', 'details', 'evidence')),
    body         text NOT NULL,
    paused_by    integer NOT NULL REFERENCES staff,
    paused_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, service_id)
);
