-- Scripts and letters: whether a customer can use the council's website (asked once, so the
-- script only suggests going online to those who can), each advisor's choice of showing the
-- script beside forms, and every letter issued, kept with its plain-English score.

ALTER TABLE customer ADD COLUMN online text NOT NULL DEFAULT 'unknown'
    CHECK (online IN ('unknown', 'yes', 'with_help', 'cannot'));

ALTER TABLE staff ADD COLUMN script_panel boolean NOT NULL DEFAULT false;

-- A letter as it was sent: the exact text, so a reprint is the same letter even after its
-- template changes. about is the reference it answers: a case's, an appointment's (AP-) or a
-- receipt's (RCP-).
CREATE TABLE letter (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id       bigint NOT NULL REFERENCES customer,
    case_id           bigint REFERENCES casework,
    about             text NOT NULL,
    template          text NOT NULL,                 -- missed-bin/acknowledgement, receipt ...
    outcome           text NOT NULL CHECK (outcome IN ('acknowledgement', 'decision',
                          'appointment', 'receipt', 'complaint-response')),
    heading           text NOT NULL,
    body              text NOT NULL,                 -- the letter in full, UTF-8
    reading_ease      numeric(5, 1) NOT NULL,
    grade             numeric(4, 1) NOT NULL,
    sentences         integer NOT NULL,
    average_sentence  numeric(4, 1) NOT NULL,
    longest_sentence  integer NOT NULL,
    long_sentences    integer NOT NULL,
    passives          integer NOT NULL,
    jargon            integer NOT NULL,
    staff_id          integer REFERENCES staff,      -- NULL: issued by a batch run
    issued_at         timestamptz NOT NULL DEFAULT now(),
    printed           integer NOT NULL DEFAULT 1     -- times handed to the printer
);

CREATE INDEX letter_customer ON letter (customer_id, issued_at DESC);
CREATE INDEX letter_about ON letter (about, issued_at DESC);

ALTER TABLE case_event DROP CONSTRAINT case_event_kind_check;
ALTER TABLE case_event ADD CONSTRAINT case_event_kind_check CHECK (kind IN ('opened', 'status',
    'note', 'assigned', 'extended', 'escalated', 'follower', 'evidence', 'letter'));
