-- Language support and access needs, asked once: the language a customer writes in when it is
-- not the one they speak, the accessible formats they need (the rest of access_needs is other
-- adjustments, in words), each advisor's language for the screens, and interpreting used on a
-- contact.

ALTER TABLE customer ADD COLUMN written_language text NOT NULL DEFAULT '';  -- '': as spoken
ALTER TABLE customer ADD COLUMN formats text[] NOT NULL DEFAULT '{}'
    CHECK (formats <@ ARRAY['large_print', 'braille', 'easy_read', 'audio']);

-- Formats named in the free text of access needs move to formats; the rest stays, tidied.
CREATE FUNCTION customer_formats_from_needs() RETURNS void LANGUAGE sql AS $$
    UPDATE customer SET
        formats = ARRAY(SELECT f FROM unnest(ARRAY['large_print', 'braille', 'easy_read',
                            'audio']) AS f
                        WHERE access_needs ~* replace(f, '_', ' ') OR f = ANY (formats)),
        access_needs = trim(BOTH ', ' FROM regexp_replace(
                           regexp_replace(access_needs, '(large print|braille|easy read|audio)',
                                          '', 'gi'),
                           '\s*(,\s*)+', ', ', 'g'))
    WHERE access_needs ~* '(large print|braille|easy read|audio)';
$$;

SELECT customer_formats_from_needs();

ALTER TABLE staff ADD COLUMN ui_language text NOT NULL DEFAULT 'en';

CREATE TABLE contact_interpreting (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id  bigint NOT NULL REFERENCES contact,
    language    text NOT NULL CHECK (language <> ''),
    kind        text NOT NULL CHECK (kind IN ('telephone', 'video', 'face_to_face', 'bsl')),
    minutes     integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    booking     text NOT NULL DEFAULT '',          -- the interpreting service's reference
    staff_id    integer NOT NULL REFERENCES staff,
    at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX contact_interpreting_contact ON contact_interpreting (contact_id);
