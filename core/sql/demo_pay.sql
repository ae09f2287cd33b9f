-- Demo data for Pay it: the Borough of Eastmere's council tax, housing rent and sundry debt
-- accounts for the demo customers. Never a migration.
--
-- `civicdesk db demo` runs this file after demo.sql in the same transaction, then calls
-- SELECT pg_temp.demo_accounts(<customers>) after pg_temp.demo_load. Accounts go only to
-- customers 1 .. 10,000 whatever the count (the benchmark's million customers need none), and
-- everything is derived from the customer id i with pg_temp.demo_draw (demo.sql), so the same
-- i has the same accounts on any machine. An account is added only when its reference is
-- absent, and its transactions only with it: a second run adds nothing, and a payment taken
-- since is never disturbed.
--
-- The demo's "today" is Tuesday 24 November 2026 (CIVICDESK_TODAY in the screen tests):
--   * Council tax, every customer: reference 'CT-' || i in 8 digits, fund council_tax. The
--     2026/27 charge by band (Band D £2,112.48; A to H in the statutory ninths), less 25% for
--     about 3 in 10 (single person discount), on 1 April 2026, in 10 monthly instalments April
--     to January paid by direct debit on the 1st, 15th or 28th. About 1 in 6 stopped paying
--     after 2 to 6 instalments (arrears). Everyone still owes the instalments not yet due.
--   * Housing rent, about 1 in 5: 'RT-' || i, fund rent. Weekly rent of £95 to £140
--     charged each Monday from 5 October to 23 November 2026 and paid each Friday, so a
--     week's rent is owed until Friday; a quarter of tenants are in arrears (a balance
--     brought forward and some weeks missed).
--   * Sundry debt, about 1 in 33: 'SD-' || i, fund sundry. A garden waste subscription, a
--     replacement bin, or a housing benefit overpayment being repaid from benefit.
--
-- Accounts tests may rely on, with what they owe as loaded (the screen tests pay into them
-- as `demo` on 24 November 2026, so later balances depend on what ran before):
--   CT-00000001  customer 1,  Mx Olivia Dixon             £316.86    band A, single person
--   CT-00000002  customer 2,  Ms Nicola Richardson        £1,150.10  in arrears
--   CT-00000015  customer 15, Mrs Laura Sánchez           £422.49    band A
--   RT-00000015  customer 15, Mrs Laura Sánchez           £135.20    this week's rent
--   CT-00000043  customer 43, Mr Colin Lee                £563.31    band C
--   SD-00000059  customer 59, Miss Patricia Hartley-Wood  £35.00     replacement bin
-- Every council tax account owes something: the instalments not yet due are part of it.

CREATE OR REPLACE FUNCTION pg_temp.demo_accounts(customers integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    last_i constant integer := least(customers, 10000);
    demo_today constant date := date '2026-11-24';
BEGIN
    -- Council tax. `drawn` makes each customer's choices; `priced` the charge and instalments.
    WITH drawn AS (
        SELECT c.id AS i,
            concat_ws(', ', nullif(c.address_line1, ''), nullif(c.address_line2, ''))
                || ' ' || c.postcode AS address,
            -- England's spread of homes over the bands: A is the commonest, H the rarest.
            (SELECT chr(65 + count(*)::integer) FROM unnest(ARRAY[240, 440, 660, 810, 910, 960,
                995]) AS bound WHERE pg_temp.demo_draw(c.id, 101, 1000) >= bound) AS band,
            pg_temp.demo_draw(c.id, 102, 100) < 30 AS single,
            (ARRAY[1, 15, 28])[1 + pg_temp.demo_draw(c.id, 103, 3)] AS dd_day,
            CASE WHEN pg_temp.demo_draw(c.id, 104, 6) = 0
                 THEN 2 + pg_temp.demo_draw(c.id, 105, 5) ELSE 10 END AS instalments_paid
        FROM customer c
        WHERE c.id BETWEEN 1 AND last_i
    ),
    priced AS (
        SELECT *, annual - 9 * (annual / 10) AS first_instalment, annual / 10 AS instalment
        FROM (
            -- Band D's ninths: A 6, B 7, C 8, D 9, E 11, F 13, G 15, H 18.
            SELECT *, 23472 * (ARRAY[6, 7, 8, 9, 11, 13, 15, 18])[ascii(band) - 64]
                * CASE WHEN single THEN 3 ELSE 4 END / 4 AS annual
            FROM drawn
        ) AS p
    ),
    added AS (
        INSERT INTO account (reference, kind, fund, title, customer_id)
        SELECT 'CT-' || lpad(i::text, 8, '0'), 'council_tax', 'council_tax',
            'Council tax, ' || address, i
        FROM priced
        ORDER BY i
        ON CONFLICT (reference) DO NOTHING
        RETURNING id, customer_id
    )
    INSERT INTO account_transaction (account_id, on_date, kind, description, amount_pence)
    SELECT a.id, date '2026-04-01', 'charge',
        'Annual charge 2026/27, band ' || p.band
            || CASE WHEN p.single THEN ', less 25% single person discount' ELSE '' END,
        p.annual
    FROM added a JOIN priced p ON p.i = a.customer_id
    UNION ALL
    SELECT a.id, due, 'payment', 'Direct debit',
        -CASE WHEN k = 0 THEN p.first_instalment ELSE p.instalment END
    FROM added a JOIN priced p ON p.i = a.customer_id
    CROSS JOIN generate_series(0, 9) AS k
    CROSS JOIN LATERAL (SELECT (make_date(2026, 4, p.dd_day) + k * interval '1 month')::date
                        AS due) AS d
    WHERE k < p.instalments_paid AND due <= demo_today;

    -- Housing rent: eight weeks, charged on Mondays and paid on Fridays.
    WITH tenant AS (
        SELECT c.id AS i,
            concat_ws(', ', nullif(c.address_line1, ''), nullif(c.address_line2, ''))
                || ' ' || c.postcode AS address,
            9500 + pg_temp.demo_draw(c.id, 111, 4501) AS rent,
            pg_temp.demo_draw(c.id, 112, 4) = 0 AS arrears,
            5000 + pg_temp.demo_draw(c.id, 113, 55001) AS brought_forward,
            CASE WHEN pg_temp.demo_draw(c.id, 114, 10) < 5 THEN 'Standing order'
                 WHEN pg_temp.demo_draw(c.id, 114, 10) < 8 THEN 'Direct debit'
                 ELSE 'Paid at the Post Office' END AS paid_by
        FROM customer c
        WHERE c.id BETWEEN 1 AND last_i AND pg_temp.demo_draw(c.id, 110, 100) < 20
    ),
    added AS (
        INSERT INTO account (reference, kind, fund, title, customer_id)
        SELECT 'RT-' || lpad(i::text, 8, '0'), 'rent', 'rent', 'Rent, ' || address, i
        FROM tenant
        ORDER BY i
        ON CONFLICT (reference) DO NOTHING
        RETURNING id, customer_id
    )
    INSERT INTO account_transaction (account_id, on_date, kind, description, amount_pence)
    SELECT a.id, date '2026-10-04', 'charge', 'Balance brought forward', t.brought_forward
    FROM added a JOIN tenant t ON t.i = a.customer_id
    WHERE t.arrears
    UNION ALL
    SELECT a.id, date '2026-10-05' + 7 * w, 'charge', 'Weekly rent', t.rent
    FROM added a JOIN tenant t ON t.i = a.customer_id
    CROSS JOIN generate_series(0, 7) AS w
    UNION ALL
    SELECT a.id, date '2026-10-09' + 7 * w, 'payment', t.paid_by, -t.rent
    FROM added a JOIN tenant t ON t.i = a.customer_id
    CROSS JOIN generate_series(0, 7) AS w
    WHERE date '2026-10-09' + 7 * w <= demo_today
        AND NOT (t.arrears AND pg_temp.demo_draw(t.i, 120 + w, 3) = 0);

    -- Sundry debts: one invoice each, a benefit overpayment repaid monthly.
    WITH debtor AS (
        SELECT c.id AS i, d.kind, d.title, d.raised_on, d.pence
        FROM customer c
        CROSS JOIN LATERAL (
            SELECT * FROM (VALUES
                (0, 'Garden waste subscription 2026', date '2026-03-02', 5500),
                (1, 'Replacement bin', date '2026-07-14' + pg_temp.demo_draw(c.id, 132, 60),
                 3500),
                (2, 'Housing benefit overpayment', date '2026-05-11',
                 15000 + pg_temp.demo_draw(c.id, 133, 75001))
            ) AS v (kind, title, raised_on, pence)
            WHERE v.kind = pg_temp.demo_draw(c.id, 131, 3)
        ) AS d
        WHERE c.id BETWEEN 1 AND last_i AND pg_temp.demo_draw(c.id, 130, 100) < 3
    ),
    added AS (
        INSERT INTO account (reference, kind, fund, title, customer_id)
        SELECT 'SD-' || lpad(i::text, 8, '0'), 'sundry', 'sundry', title, i
        FROM debtor
        ORDER BY i
        ON CONFLICT (reference) DO NOTHING
        RETURNING id, customer_id
    )
    INSERT INTO account_transaction (account_id, on_date, kind, description, amount_pence)
    SELECT a.id, d.raised_on, 'charge', 'Invoice: ' || d.title, d.pence
    FROM added a JOIN debtor d ON d.i = a.customer_id
    UNION ALL
    SELECT a.id, make_date(2026, m, 15), 'payment', 'Deduction from benefit', -2000
    FROM added a JOIN debtor d ON d.i = a.customer_id
    CROSS JOIN generate_series(6, 11) AS m
    WHERE d.kind = 2;
END
$$;
