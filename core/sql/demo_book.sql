-- Demo data for Book it: where the demo's service points are, their hours and waiting standards,
-- the appointments each offers and who takes them, and a few bookings around the demo's "today"
-- (Tuesday 24 November 2026). Never a migration.
--
-- `civicdesk db demo` runs this file after demo.sql in the same transaction and calls
-- SELECT pg_temp.demo_book() after pg_temp.demo_load. Rows are added only when absent.
--
-- Tests may rely on:
--   * Blue Badge assessment (TOWNHALL, 30 minutes) is taken by Aisha Khan alone, so two
--     bookings of one of its slots are one too many.
--   * TOWNHALL opens Monday to Friday 09:00-17:00 (Wednesday from 10:00); its published wait
--     at reception is 15 minutes.
--   * Booked for the demo's today at TOWNHALL: Mrs Laura Sánchez (15) council tax advice 10:00
--     with Sam Taylor; Mr Rhys Williams (67) housing options 11:30 with Sam Taylor. Tomorrow:
--     Miss Doreen Mitchell (1574) Blue Badge assessment 09:30 with Aisha Khan (present when the
--     demo has 1,574 customers or more).

CREATE OR REPLACE FUNCTION pg_temp.demo_book()
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO place (code, name, kind, address, phone, keywords, service_point_id)
    SELECT v.code, v.name, v.kind, v.address, v.phone, v.keywords, sp.id
    FROM (VALUES
        ('TOWNHALL', 'Eastmere Town Hall', 'office',
         'Town Hall, Market Place, Eastmere EM1 1AA', '01632 960000',
         'council offices customer service centre face to face help desk', 'TOWNHALL'),
        ('LIB-NORTHGATE', 'Northgate Library', 'library',
         '1 School Lane, Northgate EM4 2BD', '01632 960123',
         'library help point computers printing books', 'LIBRARY-N'),
        ('CONTACT', 'Eastmere Council contact centre', 'office',
         'Telephone only', '01632 960000',
         'phone telephone call us helpline', 'CONTACT')
    ) AS v (code, name, kind, address, phone, keywords, point)
    JOIN service_point sp ON sp.code = v.point
    ON CONFLICT (code) DO NOTHING;

    INSERT INTO opening_time (place_id, weekday, opens, closes)
    SELECT p.id, v.weekday, v.opens::time, v.closes::time
    FROM (VALUES
        ('TOWNHALL', 1, '09:00', '17:00'), ('TOWNHALL', 2, '09:00', '17:00'),
        ('TOWNHALL', 3, '10:00', '17:00'), ('TOWNHALL', 4, '09:00', '17:00'),
        ('TOWNHALL', 5, '09:00', '17:00'),
        ('LIB-NORTHGATE', 1, '09:30', '17:30'), ('LIB-NORTHGATE', 2, '09:30', '17:30'),
        ('LIB-NORTHGATE', 3, '09:30', '13:00'), ('LIB-NORTHGATE', 4, '09:30', '19:00'),
        ('LIB-NORTHGATE', 5, '09:30', '17:30'), ('LIB-NORTHGATE', 6, '09:30', '16:00'),
        ('CONTACT', 1, '08:00', '18:00'), ('CONTACT', 2, '08:00', '18:00'),
        ('CONTACT', 3, '08:00', '18:00'), ('CONTACT', 4, '08:00', '18:00'),
        ('CONTACT', 5, '08:00', '18:00')
    ) AS v (code, weekday, opens, closes)
    JOIN place p ON p.code = v.code
    ON CONFLICT DO NOTHING;

    UPDATE service_point SET wait_standard_minutes = v.minutes
    FROM (VALUES ('TOWNHALL', 15), ('LIBRARY-N', 20), ('CONTACT', 5)) AS v (code, minutes)
    WHERE service_point.code = v.code;

    INSERT INTO appointment_type (service_point_id, code, name, minutes, mode, bring)
    SELECT sp.id, v.code, v.name, v.minutes, v.mode, v.bring
    FROM (VALUES
        ('TOWNHALL', 'housing-options', 'Housing options interview', 60, 'face_to_face',
         'proof of identity, your tenancy agreement or eviction notice, and proof of income'),
        ('TOWNHALL', 'council-tax', 'Council tax advice', 30, 'face_to_face',
         'your latest council tax bill and any letters from us'),
        ('TOWNHALL', 'benefits', 'Benefits advice', 45, 'face_to_face',
         'proof of income, your rent details and your bank statements for the last two months'),
        ('TOWNHALL', 'blue-badge', 'Blue Badge assessment', 30, 'face_to_face',
         'proof of identity, proof of address and a recent photo'),
        ('TOWNHALL', 'housing-video', 'Housing options by video', 45, 'video',
         'your tenancy agreement or eviction notice, ready to hold up to the camera'),
        ('LIBRARY-N', 'digital-help', 'Help getting online', 30, 'face_to_face',
         'your phone or tablet if you have one, and any passwords you use'),
        ('LIBRARY-N', 'council-tax', 'Council tax advice', 30, 'face_to_face',
         'your latest council tax bill and any letters from us'),
        ('CONTACT', 'benefits-call', 'Benefits call-back', 20, 'phone',
         'your National Insurance number and your latest benefit letters, to hand'),
        ('CONTACT', 'council-tax-call', 'Council tax call-back', 15, 'phone',
         'your council tax account number, to hand')
    ) AS v (point, code, name, minutes, mode, bring)
    JOIN service_point sp ON sp.code = v.point
    ON CONFLICT (service_point_id, code) DO NOTHING;

    INSERT INTO appointment_type_staff (type_id, staff_id)
    SELECT t.id, s.id
    FROM (VALUES
        ('TOWNHALL', 'housing-options', 'demo'), ('TOWNHALL', 'housing-options', 'fiona.mcleod'),
        ('TOWNHALL', 'council-tax', 'demo'), ('TOWNHALL', 'council-tax', 'aisha.khan'),
        ('TOWNHALL', 'benefits', 'aisha.khan'), ('TOWNHALL', 'benefits', 'fiona.mcleod'),
        ('TOWNHALL', 'blue-badge', 'aisha.khan'),
        ('TOWNHALL', 'housing-video', 'fiona.mcleod'),
        ('LIBRARY-N', 'digital-help', 'ben.okafor'), ('LIBRARY-N', 'digital-help', 'ciaran.obrien'),
        ('LIBRARY-N', 'council-tax', 'ciaran.obrien'),
        ('CONTACT', 'benefits-call', 'tom.hughes'), ('CONTACT', 'benefits-call', 'priya.patel'),
        ('CONTACT', 'council-tax-call', 'kasia.nowak')
    ) AS v (point, code, username)
    JOIN service_point sp ON sp.code = v.point
    JOIN appointment_type t ON t.service_point_id = sp.id AND t.code = v.code
    JOIN staff s ON s.username = v.username
    ON CONFLICT DO NOTHING;

    INSERT INTO appointment (type_id, customer_id, staff_id, starts_at, ends_at, booked_by)
    SELECT t.id, c.id, s.id, v.starts::timestamp,
           v.starts::timestamp + make_interval(mins => t.minutes), s.id
    FROM (VALUES
        (15, 'council-tax', 'demo', '2026-11-24 10:00'),
        (67, 'housing-options', 'demo', '2026-11-24 11:30'),
        (1574, 'blue-badge', 'aisha.khan', '2026-11-25 09:30')
    ) AS v (customer, code, username, starts)
    JOIN customer c ON c.id = v.customer
    JOIN staff s ON s.username = v.username
    JOIN appointment_type t ON t.code = v.code
        AND t.service_point_id = (SELECT id FROM service_point WHERE code = 'TOWNHALL')
    WHERE NOT EXISTS (SELECT 1 FROM appointment a
                      WHERE a.customer_id = c.id AND a.starts_at = v.starts::timestamp);
END
$$;
