-- Find it: knowledge articles, the signposting directory of partner organisations, search across
-- both (and places), bin collection rounds by street, and the information given on a contact.

CREATE TABLE article (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    title       text NOT NULL,
    summary     text NOT NULL,                      -- the answer in a sentence or two, to read out
    body        text NOT NULL,
    keywords    text NOT NULL DEFAULT '',           -- the words people use: 'big items, sofa'
    category    text NOT NULL DEFAULT '',
    online_url  text NOT NULL DEFAULT '',
    updated_on  date NOT NULL DEFAULT current_date,
    document    tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', title), 'A')
                    || setweight(to_tsvector('english', keywords), 'A')
                    || setweight(to_tsvector('english', summary), 'B')
                    || setweight(to_tsvector('english', body), 'C')) STORED
);

CREATE INDEX article_document ON article USING gin (document);

CREATE TABLE organisation (
    id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    kind           text NOT NULL,                   -- advice, food bank, DWP, NHS, housing ...
    helps_with     text NOT NULL,                   -- what they accept, in plain English
    how_to_access  text NOT NULL DEFAULT '',        -- drop in, phone first, referral needed ...
    phone          text NOT NULL DEFAULT '',
    email          text NOT NULL DEFAULT '',
    website        text NOT NULL DEFAULT '',
    address        text NOT NULL DEFAULT '',
    opening_hours  text NOT NULL DEFAULT '',
    keywords       text NOT NULL DEFAULT '',
    document       tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('english', name), 'A')
                       || setweight(to_tsvector('english', keywords || ' ' || kind), 'A')
                       || setweight(to_tsvector('english', helps_with), 'B')
                       || setweight(to_tsvector('english', how_to_access || ' ' || address), 'C'))
                       STORED
);

CREATE INDEX organisation_document ON organisation USING gin (document);
CREATE INDEX place_document ON place USING gin (document);

-- Every word the directory uses, for typo tolerance: a word that is in no document is matched to
-- its nearest word here by trigram similarity before searching.
CREATE TABLE find_word (
    word text PRIMARY KEY
);
CREATE INDEX find_word_trgm ON find_word USING gin (word gin_trgm_ops);
-- The word still being typed is looked up as a prefix on every key: an index scan, whatever the
-- database's collation.
CREATE INDEX find_word_prefix ON find_word (word text_pattern_ops);

CREATE FUNCTION find_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO find_word (word)
    SELECT DISTINCT w FROM changed,
        jsonb_each_text(to_jsonb(changed) - 'document') AS f,
        regexp_split_to_table(lower(f.value), '[^a-z]+') AS w
    WHERE length(w) BETWEEN 3 AND 30
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_words_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();
CREATE TRIGGER article_words_update AFTER UPDATE ON article
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();
CREATE TRIGGER organisation_words_insert AFTER INSERT ON organisation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();
CREATE TRIGGER organisation_words_update AFTER UPDATE ON organisation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();
CREATE TRIGGER place_words_insert AFTER INSERT ON place
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();
CREATE TRIGGER place_words_update AFTER UPDATE ON place
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION find_words_collect();

-- One word of a query as a tsquery: the word as typed (a prefix when it is the word still being
-- typed, stemmed either way) or, when no document has it, the nearest word that one does.
CREATE FUNCTION find_term(p_word text, p_prefix boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE AS $$
DECLARE
    q       tsquery := to_tsquery('english', p_word || CASE WHEN p_prefix THEN ':*' ELSE '' END);
    nearest text;
BEGIN
    IF length(p_word) < 3 OR EXISTS (SELECT 1 FROM find_word WHERE word = p_word)
       OR (p_prefix AND EXISTS (SELECT 1 FROM find_word
                                WHERE word ~>=~ p_word AND word ~<~ (p_word || chr(1114111)))) THEN
        RETURN q;
    END IF;
    SELECT word INTO nearest FROM find_word
    WHERE word % p_word ORDER BY similarity(word, p_word) DESC, word LIMIT 1;
    IF nearest IS NOT NULL THEN
        q := q || to_tsquery('english', nearest);
    END IF;
    RETURN q;
END
$$;

-- Articles, organisations and places for a query typed so far, best first: documents with every
-- word before those with some, then by weighted rank (titles and keywords count most).
CREATE FUNCTION find_search(p_query text, p_limit integer)
RETURNS TABLE (kind text, id integer, title text, summary text, rank real)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    words   text[] := array_remove(regexp_split_to_array(lower(p_query), '[^[:alnum:]]+'), '');
    typing  boolean := p_query !~ '\s$';
    q_all   tsquery;
    q_any   tsquery;
    term    tsquery;
BEGIN
    FOR i IN 1 .. coalesce(cardinality(words), 0) LOOP
        term := find_term(words[i], typing AND i = cardinality(words));
        IF numnode(term) = 0 THEN
            CONTINUE;                                   -- a stop word such as "the"
        END IF;
        q_all := CASE WHEN q_all IS NULL THEN term ELSE q_all && term END;
        q_any := CASE WHEN q_any IS NULL THEN term ELSE q_any || term END;
    END LOOP;
    IF q_any IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
    SELECT d.kind, d.id, d.title, d.summary,
           (ts_rank('{0.1, 0.2, 0.4, 1.0}', d.document, q_any)
            + CASE WHEN d.document @@ q_all THEN 1 ELSE 0 END)::real AS rank
    FROM (SELECT 'article' AS kind, a.id, a.title, a.summary, a.document FROM article a
          WHERE a.document @@ q_any
          UNION ALL
          SELECT 'organisation', o.id, o.name, o.helps_with, o.document FROM organisation o
          WHERE o.document @@ q_any
          UNION ALL
          SELECT 'place', p.id, p.name, p.address, p.document FROM place p
          WHERE p.document @@ q_any) d
    ORDER BY rank DESC, d.title
    LIMIT p_limit;
END
$$;

-- Bin collections: streets (from the council's street gazetteer) belong to one round per stream;
-- a round collects on one weekday, every week or every other week counted from first_date.
CREATE TABLE collection_stream (
    code       text PRIMARY KEY,                    -- refuse, recycling, food, garden
    name       text NOT NULL,                       -- 'General waste'
    container  text NOT NULL,                       -- 'black bin'
    position   smallint NOT NULL
);

CREATE TABLE collection_round (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    stream       text NOT NULL REFERENCES collection_stream,
    weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    every_weeks  smallint NOT NULL CHECK (every_weeks IN (1, 2)),
    first_date   date NOT NULL,
    CHECK (extract(isodow FROM first_date) = weekday)
);

CREATE TABLE street (
    id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL,
    town  text NOT NULL
);
CREATE UNIQUE INDEX street_name_town ON street (lower(name), lower(town));

CREATE TABLE street_round (
    street_id  integer NOT NULL REFERENCES street ON DELETE CASCADE,
    round_id   integer NOT NULL REFERENCES collection_round,
    PRIMARY KEY (street_id, round_id)
);

-- The street of an address: the line after a flat or unit line, without its house number
-- ("12A High Street" and "Flat 3" / "2-4 Mill Lane" give "High Street" and "Mill Lane").
CREATE FUNCTION address_street(line1 text, line2 text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT btrim(regexp_replace(
        CASE WHEN line1 ~* '^(flat|apartment|unit|room)\M' AND line2 <> '' THEN line2 ELSE line1 END,
        '^[0-9]+[A-Za-z]?(\s*-\s*[0-9]+[A-Za-z]?)?,?\s+', ''))
$$;

-- Information given during a contact: an article read out or sent, or an organisation signposted.
CREATE TABLE contact_information (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id       bigint NOT NULL REFERENCES contact,
    article_id       integer REFERENCES article,
    organisation_id  integer REFERENCES organisation,
    place_id         integer REFERENCES place,
    outbox_id        bigint REFERENCES outbox,      -- the article as sent to the customer
    staff_id         integer NOT NULL REFERENCES staff,
    given_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (num_nonnulls(article_id, organisation_id, place_id) = 1),
    CHECK (outbox_id IS NULL OR article_id IS NOT NULL)
);

CREATE INDEX contact_information_contact ON contact_information (contact_id);
