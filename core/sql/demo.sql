-- Demo data for civicdesk: the fictional Borough of Eastmere (service points, staff and
-- deterministic customers) for trials, training, tests and benchmarks. Never a migration.
--
-- `civicdesk db demo` runs this file as one multi-statement string inside its own transaction,
-- then calls SELECT pg_temp.demo_load(<customers>) (10,000 for the demo, 1,000,000 for the
-- benchmark). Both functions are temporary (pg_temp), so the council's schema gains nothing.
-- Everything is inserted only when absent: a second run adds nothing, and a later run with a
-- larger count adds only the missing customers.
--
-- Customers: customer.id = i for i = 1..customers, and every attribute is derived from i with
-- integer arithmetic only (pg_temp.demo_draw), so the same i is the same person on any machine
-- and in any run, whatever the count. created_at/updated_at are the load time.
--
-- Everything is fictional:
--   * Postcodes use the area "EM" (Eastmere): EM1 .. EM10, e.g. "EM4 7QT". EM passes the BS 7666
--     shape rules (first letter not Q V X, second not I J Z; inward letters never C I K M O V) but
--     Royal Mail has never allocated it, so no real address can match. Each street has one
--     district and sector; its houses are spread over up to seven unit postcodes by number.
--   * Telephone numbers come only from Ofcom's ranges reserved for drama: 07700 900000-900999
--     (mobile), 01632 960000-960999, 020 7946 0000-0999, 0113/0114/0115/0116/0117/0118/0121/
--     0131/0141/0151/0161 496 0000-0999, 0191 498 0000-0999 and 029 2018 0000-0999. With only
--     1,000 drama mobile numbers, several customers share each one.
--   * E-mail addresses are at example.com, example.org and example.net (RFC 2606), unique.
--
-- Notable customers for tests and demos (customer.id = i; present whenever customers >= i):
--     15  Mrs Laura Sánchez           accented surname; access needs 'braille'
--     43  Mr Colin Lee                no phone and no e-mail: prefers letters
--     45  Mr Ahmed Yusuf              Somali, needs a spoken interpreter
--     58  Mr Grzegorz Krawczyk        Polish, needs a spoken interpreter
--     59  Miss Patricia Hartley-Wood  hyphenated surname
--     67  Mr Rhys Williams            lives in a flat: 'Flat 12', '2 Chestnut Close'
--    114  Ms Beatriz Sousa            British Sign Language, interpreter 'bsl'
--    167  Miss Katarzyna Szymańska    feminine Polish surname (e-mail k.szymanska@example.net)
--    249  Mrs Róisín O'Sullivan       apostrophe and accents (roisin.osullivan@...), no DOB
--    296  Ms Nadia Hussain            Urdu, needs a spoken interpreter
--    307  Mr Luke Mitchell            access needs 'large print'
--    338  Ms Zoe Young                access needs 'braille, easy read'
--    603  Mr Ioan Pritchard           Welsh speaker (no interpreter), no phone
--   1574  Miss Doreen Mitchell        born 1940, access needs 'large print'
--
-- Staff (username: role, team, service point); the demo signs in as `demo`:
--   demo          Sam Taylor        advisor       Customer Services  TOWNHALL
--   aisha.khan    Aisha Khan        advisor       Customer Services  TOWNHALL
--   ciaran.obrien Ciarán O'Brien    advisor       Customer Services  LIBRARY-N
--   tom.hughes    Tom Hughes        call_handler  Contact Centre     CONTACT
--   priya.patel   Priya Patel       call_handler  Contact Centre     CONTACT
--   kasia.nowak   Katarzyna Nowak   call_handler  Contact Centre     CONTACT
--   ben.okafor    Ben Okafor        floorwalker   Digital Inclusion  LIBRARY-N
--   megan.lloyd   Megan Lloyd       floorwalker   Digital Inclusion  TOWNHALL
--   fiona.mcleod  Fiona McLeod      supervisor    Customer Services  TOWNHALL
--   david.osei    David Osei        supervisor    Contact Centre     CONTACT
--   helen.brooks  Helen Brooks      admin         Customer Services  TOWNHALL

-- A number in 0 .. n-1 drawn from customer i; each salt is an independent attribute. A quadratic
-- hash modulo the prime 2^31 - 1 (not random(): the same on every machine and every run). Plain
-- SQL and immutable so the planner inlines it into the big INSERT.
CREATE OR REPLACE FUNCTION pg_temp.demo_draw(i bigint, salt integer, n integer)
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (((i * (48271 + salt * 7919) + salt * 1000003) % 2147483647
             * ((i * (69621 + salt * 40503) + salt * 7777 + 12345) % 2147483647)
             % 2147483647) % n)::integer
$$;

CREATE OR REPLACE FUNCTION pg_temp.demo_load(customers integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    -- Name groups, flattened from the lists below: group g's female first names are
    -- first_names[f_start[g] .. f_start[g] + f_len[g] - 1], its male ones start at m_start[g],
    -- its surnames are surnames[s_start[g] ...] and its languages languages[l_start[g] ...].
    first_names text[] := '{}';
    surnames    text[] := '{}';
    languages   text[] := '{}';
    f_start integer[] := '{}';  f_len integer[] := '{}';
    m_start integer[] := '{}';  m_len integer[] := '{}';
    s_start integer[] := '{}';  s_len integer[] := '{}';
    l_start integer[] := '{}';  l_len integer[] := '{}';
    l_pct    integer[] := '{}';   -- per group: % whose main language is not English
    group_of integer[] := '{}';   -- 1000 slots, each holding a group by the group's weight
    older    integer;             -- the group of first names for English people born before 1965

    -- Streets, flattened from the towns below: street s is st_name[s] in st_town[s], with house
    -- numbers 1 .. st_len[s]; house h's postcode is st_postcode[(s - 1) * 7 + (h - 1) / 25 + 1].
    st_name     text[] := '{}';
    st_town     text[] := '{}';
    st_len      integer[] := '{}';
    st_postcode text[] := '{}';
    streets     integer;

    g record;
    n integer;
    k integer;
    u integer;
    top bigint;

    -- BS 7666: the two letters of an inward code never include C I K M O V.
    unit_letters constant text := 'ABDEFGHJLNPQRSTUWXYZ';

    -- Ofcom's drama ranges; three more digits make the number (e.g. '0113 496 0' || '123').
    landlines constant text[] := ARRAY[
        '01632 960', '020 7946 0', '0113 496 0', '0114 496 0', '0115 496 0', '0116 496 0',
        '0117 496 0', '0118 496 0', '0121 496 0', '0131 496 0', '0141 496 0', '0151 496 0',
        '0161 496 0', '0191 498 0', '029 2018 0'];

    -- Folding names into e-mail addresses: accented letters to plain ones (the characters of
    -- fold_from beyond the length of fold_to, the apostrophe and the space, are dropped).
    fold_from constant text := 'áàâäãåąăćčçéèêëęėíìîïłńñóòôöõőøśšșşțţúùûüūůųýÿźżž'' ';
    fold_to   constant text := 'aaaaaaaaccceeeeeeiiiilnnooooooossssttuuuuuuuyyzzz';

    -- Repeated entries are the commoner needs.
    needs constant text[] := ARRAY[
        'large print', 'large print', 'large print', 'large print', 'hearing loop', 'hearing loop',
        'hearing loop', 'step-free access', 'step-free access', 'step-free access', 'easy read',
        'easy read', 'audio', 'braille'];
BEGIN
    -- For this transaction only: the customer INSERT below is one large expression that JIT
    -- compilation would take longer to compile than to run.
    PERFORM set_config('jit', 'off', true);

    INSERT INTO service_point (code, name) VALUES
        ('TOWNHALL',  'Eastmere Town Hall customer service centre'),
        ('LIBRARY-N', 'Northgate Library help point'),
        ('CONTACT',   'Contact centre (phone)')
    ON CONFLICT (code) DO NOTHING;

    INSERT INTO staff (username, first_name, last_name, team, role, service_point_id)
    SELECT v.username, v.first_name, v.last_name, v.team, v.role, sp.id
    FROM (VALUES
        ( 1, 'demo',          'Sam',       'Taylor',   'Customer Services', 'advisor',      'TOWNHALL'),
        ( 2, 'aisha.khan',    'Aisha',     'Khan',     'Customer Services', 'advisor',      'TOWNHALL'),
        ( 3, 'ciaran.obrien', 'Ciarán',    'O''Brien', 'Customer Services', 'advisor',      'LIBRARY-N'),
        ( 4, 'tom.hughes',    'Tom',       'Hughes',   'Contact Centre',    'call_handler', 'CONTACT'),
        ( 5, 'priya.patel',   'Priya',     'Patel',    'Contact Centre',    'call_handler', 'CONTACT'),
        ( 6, 'kasia.nowak',   'Katarzyna', 'Nowak',    'Contact Centre',    'call_handler', 'CONTACT'),
        ( 7, 'ben.okafor',    'Ben',       'Okafor',   'Digital Inclusion', 'floorwalker',  'LIBRARY-N'),
        ( 8, 'megan.lloyd',   'Megan',     'Lloyd',    'Digital Inclusion', 'floorwalker',  'TOWNHALL'),
        ( 9, 'fiona.mcleod',  'Fiona',     'McLeod',   'Customer Services', 'supervisor',   'TOWNHALL'),
        (10, 'david.osei',    'David',     'Osei',     'Contact Centre',    'supervisor',   'CONTACT'),
        (11, 'helen.brooks',  'Helen',     'Brooks',   'Customer Services', 'admin',        'TOWNHALL')
    ) AS v (ord, username, first_name, last_name, team, role, service_point)
    JOIN service_point sp ON sp.code = v.service_point
    ORDER BY v.ord
    ON CONFLICT (username) DO NOTHING;

    -- Name groups: a modern UK borough. weight: people per 1,000 whose first name comes from the
    -- group; other_pct: % of them whose main language is one of `languages` rather than English.
    -- Repeated names are the commoner ones. A surname of the form 'Kowalski/Kowalska' is
    -- 'male/female'. One person in twelve takes a surname from another group (marriage, family).
    FOR g IN
        SELECT * FROM (VALUES
        (1, 'English', 649, 0, ARRAY[]::text[],
         ARRAY['Olivia', 'Amelia', 'Emily', 'Emily', 'Jessica', 'Sophie', 'Charlotte', 'Lucy',
               'Hannah', 'Emma', 'Emma', 'Sarah', 'Sarah', 'Rebecca', 'Laura', 'Claire', 'Nicola',
               'Michelle', 'Joanne', 'Lisa', 'Kelly', 'Gemma', 'Chloe', 'Ellie', 'Grace', 'Freya',
               'Poppy', 'Holly', 'Lauren', 'Amy', 'Katie', 'Zoe', 'Lily-Mae', 'Jo-Anne', 'Rachel',
               'Victoria', 'Natalie', 'Danielle', 'Stacey', 'Jade'],
         ARRAY['Oliver', 'Jack', 'Harry', 'George', 'Noah', 'Charlie', 'Jacob', 'Thomas', 'James',
               'James', 'William', 'Daniel', 'Daniel', 'Matthew', 'Luke', 'Ryan', 'Adam', 'Ben',
               'Jamie', 'Liam', 'Lewis', 'Joshua', 'Sam', 'Alex', 'Nathan', 'Lee', 'Paul', 'Mark',
               'Mark', 'Stephen', 'Andrew', 'Christopher', 'David', 'David', 'Michael', 'Richard',
               'Simon', 'Gary', 'Dean', 'Kyle'],
         ARRAY['Smith', 'Smith', 'Smith', 'Smith', 'Jones', 'Jones', 'Jones', 'Williams',
               'Williams', 'Taylor', 'Taylor', 'Taylor', 'Brown', 'Brown', 'Brown', 'Davies',
               'Davies', 'Evans', 'Wilson', 'Wilson', 'Thomas', 'Johnson', 'Johnson', 'Roberts',
               'Robinson', 'Thompson', 'Thompson', 'Wright', 'Wright', 'Walker', 'Walker', 'White',
               'Edwards', 'Hughes', 'Green', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke',
               'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore',
               'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott',
               'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths',
               'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell',
               'Shaw', 'Cox', 'Richards', 'Marshall', 'Palmer', 'Hunt', 'Holmes', 'Mason', 'Webb',
               'Rose', 'Fisher', 'Pearson', 'Dixon', 'Barnes', 'Knight', 'Chapman', 'Ellis',
               'Lawrence', 'Grant', 'Campbell', 'Francis', 'Sutcliffe', 'Ashworth', 'Smith-Jones',
               'Taylor-Brown', 'Hartley-Wood']),
        -- First names only: English people born before 1965 (weight 0: never drawn as a group).
        (2, 'English, born before 1965', 0, 0, ARRAY[]::text[],
         ARRAY['Margaret', 'Margaret', 'Patricia', 'Susan', 'Susan', 'Linda', 'Barbara', 'Jean',
               'Joan', 'Dorothy', 'Brenda', 'Pauline', 'Christine', 'Janet', 'Sheila', 'Valerie',
               'Maureen', 'Elizabeth', 'Ann', 'Carol', 'Gillian', 'Sandra', 'Wendy', 'Hazel',
               'Irene', 'Doreen', 'Sylvia', 'Kathleen', 'Jacqueline', 'Deborah', 'Helen', 'Julie'],
         ARRAY['John', 'John', 'David', 'David', 'Michael', 'Peter', 'Robert', 'Brian', 'Alan',
               'Keith', 'Colin', 'Derek', 'Kenneth', 'Ronald', 'Terence', 'Graham', 'Malcolm',
               'Geoffrey', 'Roger', 'Anthony', 'Raymond', 'Barry', 'Trevor', 'Nigel', 'Stephen',
               'Richard', 'Paul', 'William', 'George', 'Frank', 'Dennis', 'Leslie'],
         ARRAY[]::text[]),
        (3, 'Welsh', 40, 8, ARRAY['Welsh'],
         ARRAY['Cerys', 'Ffion', 'Seren', 'Megan', 'Rhiannon', 'Carys', 'Angharad', 'Siân', 'Nia',
               'Bethan', 'Eleri', 'Gwen'],
         ARRAY['Rhys', 'Dylan', 'Owain', 'Gareth', 'Dafydd', 'Ioan', 'Gethin', 'Iwan', 'Huw',
               'Emyr', 'Aled', 'Geraint'],
         ARRAY['Jones', 'Jones', 'Williams', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts',
               'Hughes', 'Lewis', 'Morgan', 'Griffiths', 'Owen', 'Price', 'Rees', 'Jenkins',
               'Powell', 'Lloyd', 'Pritchard', 'Vaughan', 'Bowen', 'Parry', 'Llewellyn']),
        (4, 'Scottish', 45, 0, ARRAY[]::text[],
         ARRAY['Isla', 'Eilidh', 'Morag', 'Kirsty', 'Fiona', 'Shona', 'Ailsa', 'Catriona', 'Mhairi',
               'Heather', 'Rhona', 'Iona'],
         ARRAY['Callum', 'Euan', 'Hamish', 'Alasdair', 'Fraser', 'Angus', 'Ruaridh', 'Iain',
               'Craig', 'Duncan', 'Lachlan', 'Murdo'],
         ARRAY['MacDonald', 'Campbell', 'Stewart', 'Robertson', 'MacLeod', 'Fraser', 'Murray',
               'Reid', 'Paterson', 'Ross', 'Sinclair', 'Mackenzie', 'McIntyre', 'Henderson',
               'Gillespie', 'Cameron', 'Ferguson', 'Docherty', 'McLaren', 'Kerr']),
        (5, 'Irish', 40, 0, ARRAY[]::text[],
         ARRAY['Aoife', 'Niamh', 'Siobhán', 'Saoirse', 'Ciara', 'Róisín', 'Orla', 'Áine', 'Clodagh',
               'Sinéad', 'Mairead', 'Caoimhe'],
         ARRAY['Seán', 'Ciarán', 'Patrick', 'Declan', 'Cian', 'Oisín', 'Darragh', 'Eoin', 'Pádraig',
               'Conor', 'Fergal', 'Liam'],
         ARRAY['O''Brien', 'O''Sullivan', 'O''Connor', 'O''Neill', 'Murphy', 'Kelly', 'Byrne',
               'Ryan', 'Walsh', 'McCarthy', 'Doyle', 'Gallagher', 'Brennan', 'Quinn', 'Flanagan',
               'Fitzgerald', 'Donnelly', 'Nolan', 'Kavanagh', 'O''Donnell']),
        (6, 'Polish', 30, 55, ARRAY['Polish'],
         ARRAY['Agnieszka', 'Katarzyna', 'Małgorzata', 'Anna', 'Magdalena', 'Joanna', 'Zofia',
               'Aleksandra', 'Monika', 'Ewa', 'Justyna', 'Natalia'],
         ARRAY['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Łukasz', 'Jakub', 'Michał', 'Marcin',
               'Wojciech', 'Kamil', 'Mateusz', 'Grzegorz'],
         ARRAY['Nowak', 'Kowalski/Kowalska', 'Wiśniewski/Wiśniewska', 'Wójcik', 'Kowalczyk',
               'Kamiński/Kamińska', 'Lewandowski/Lewandowska', 'Zieliński/Zielińska',
               'Szymański/Szymańska', 'Woźniak', 'Dąbrowski/Dąbrowska', 'Kozłowski/Kozłowska',
               'Mazur', 'Krawczyk', 'Jankowski/Jankowska', 'Wróbel']),
        (7, 'Romanian', 20, 55, ARRAY['Romanian'],
         ARRAY['Andreea', 'Ioana', 'Elena', 'Maria', 'Alexandra', 'Cristina', 'Mihaela', 'Gabriela',
               'Raluca', 'Ana'],
         ARRAY['Andrei', 'Ionuț', 'Alexandru', 'Mihai', 'Florin', 'Cristian', 'Bogdan', 'Gabriel',
               'Ștefan', 'Adrian'],
         ARRAY['Popescu', 'Ionescu', 'Popa', 'Radu', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe',
               'Matei', 'Constantin', 'Munteanu', 'Georgescu', 'Marin', 'Tudor', 'Lungu']),
        (8, 'Lithuanian', 8, 55, ARRAY['Lithuanian'],
         ARRAY['Rūta', 'Eglė', 'Jurgita', 'Greta', 'Aistė', 'Lina'],
         ARRAY['Tomas', 'Mantas', 'Darius', 'Jonas', 'Lukas', 'Paulius'],
         ARRAY['Kazlauskas/Kazlauskienė', 'Jankauskas/Jankauskienė', 'Petrauskas/Petrauskienė',
               'Stankevičius/Stankevičienė', 'Vasiliauskas/Vasiliauskienė',
               'Žukauskas/Žukauskienė', 'Butkus/Butkienė', 'Paulauskas/Paulauskienė']),
        (9, 'Portuguese', 10, 50, ARRAY['Portuguese'],
         ARRAY['Ana', 'Mariana', 'Beatriz', 'Inês', 'Joana', 'Catarina', 'Sofia', 'Marta'],
         ARRAY['João', 'Tiago', 'Pedro', 'Miguel', 'Rui', 'Nuno', 'Duarte', 'Gonçalo'],
         ARRAY['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues',
               'Martins', 'Sousa', 'Gonçalves', 'Fernandes', 'Carvalho', 'Lopes', 'Almeida']),
        (10, 'Spanish', 7, 40, ARRAY['Spanish'],
         ARRAY['Lucía', 'Carmen', 'Laura', 'Alba', 'Marta', 'Paula'],
         ARRAY['Javier', 'Alejandro', 'Pablo', 'Sergio', 'Daniel', 'Jorge'],
         ARRAY['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz']),
        (11, 'Italian', 8, 25, ARRAY['Italian'],
         ARRAY['Giulia', 'Francesca', 'Chiara', 'Sara', 'Alessia', 'Giovanna'],
         ARRAY['Marco', 'Luca', 'Giuseppe', 'Alessandro', 'Matteo', 'Salvatore'],
         ARRAY['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Ricci', 'Colombo']),
        (12, 'Pakistani', 32, 25, ARRAY['Urdu', 'Urdu', 'Urdu', 'Panjabi', 'Panjabi'],
         ARRAY['Ayesha', 'Fatima', 'Zainab', 'Maryam', 'Amina', 'Sana', 'Hira', 'Nadia', 'Samina',
               'Rukhsana', 'Iqra', 'Khadija'],
         ARRAY['Muhammad', 'Mohammed', 'Ali', 'Hassan', 'Imran', 'Tariq', 'Bilal', 'Usman', 'Asif',
               'Zubair', 'Adeel', 'Hamza'],
         ARRAY['Khan', 'Khan', 'Hussain', 'Hussain', 'Ahmed', 'Ali', 'Akhtar', 'Iqbal', 'Butt',
               'Malik', 'Mahmood', 'Rashid', 'Shah', 'Qureshi', 'Chaudhry', 'Raja']),
        (13, 'Panjabi Sikh', 15, 25, ARRAY['Panjabi'],
         ARRAY['Harpreet', 'Gurpreet', 'Manpreet', 'Simran', 'Jaspreet', 'Amandeep', 'Navneet',
               'Rajinder'],
         ARRAY['Harjit', 'Gurdeep', 'Jaspal', 'Manjit', 'Sukhwinder', 'Balwinder', 'Kuldeep',
               'Jagdeep'],
         ARRAY['Singh/Kaur', 'Singh/Kaur', 'Singh/Kaur', 'Gill', 'Sandhu', 'Sidhu', 'Dhillon',
               'Grewal', 'Bains', 'Johal', 'Atwal', 'Sahota']),
        (14, 'Gujarati', 15, 20, ARRAY['Gujarati'],
         ARRAY['Hetal', 'Bhavna', 'Nisha', 'Priya', 'Krupa', 'Jayshree', 'Hema', 'Dipika'],
         ARRAY['Hitesh', 'Nilesh', 'Jayesh', 'Rakesh', 'Mahesh', 'Kiran', 'Dilip', 'Vijay'],
         ARRAY['Patel', 'Patel', 'Patel', 'Patel', 'Shah', 'Mistry', 'Desai', 'Parmar', 'Chauhan',
               'Mehta', 'Joshi', 'Thakkar', 'Solanki']),
        (15, 'Indian', 12, 0, ARRAY[]::text[],
         ARRAY['Priya', 'Anjali', 'Pooja', 'Neha', 'Divya', 'Lakshmi', 'Kavita', 'Shreya'],
         ARRAY['Arjun', 'Rohan', 'Vikram', 'Amit', 'Sanjay', 'Rajesh', 'Karthik', 'Anil'],
         ARRAY['Sharma', 'Kumar', 'Gupta', 'Iyer', 'Nair', 'Reddy', 'Verma', 'Menon', 'D''Souza',
               'Fernandes', 'Pillai', 'Rao']),
        (16, 'Bangladeshi', 15, 35, ARRAY['Bengali'],
         ARRAY['Nasreen', 'Shahana', 'Rehana', 'Tahmina', 'Farzana', 'Sumaiya', 'Jannat', 'Rumana'],
         ARRAY['Abdul', 'Mohammed', 'Rahim', 'Shafiq', 'Jamal', 'Kamrul', 'Mizanur', 'Ashraf'],
         ARRAY['Miah/Begum', 'Uddin/Begum', 'Rahman', 'Islam', 'Hoque', 'Ahmed', 'Chowdhury',
               'Hossain', 'Ullah', 'Alam']),
        (17, 'Hong Kong Chinese', 6, 45, ARRAY['Chinese (Cantonese)'],
         ARRAY['Wing Yee', 'Mei Ling', 'Suk Fan', 'Ka Yan', 'Hoi Ying', 'Man Yee'],
         ARRAY['Chi Keung', 'Ka Wai', 'Siu Ming', 'Wai Lun', 'Kwok Wing', 'Chun Kit'],
         ARRAY['Wong', 'Chan', 'Cheung', 'Lam', 'Ho', 'Lau', 'Leung', 'Tsang']),
        (18, 'Mainland Chinese', 6, 45, ARRAY['Chinese (Mandarin)'],
         ARRAY['Xiaoling', 'Jing', 'Yan', 'Hui', 'Li Na', 'Xin'],
         ARRAY['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Lei'],
         ARRAY['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Zhao', 'Huang']),
        (19, 'West African', 22, 0, ARRAY[]::text[],
         ARRAY['Chiamaka', 'Ngozi', 'Funmilayo', 'Adaeze', 'Folake', 'Blessing', 'Precious',
               'Temitope', 'Chidinma', 'Ama', 'Akosua', 'Abena'],
         ARRAY['Chinedu', 'Emeka', 'Olumide', 'Tunde', 'Babatunde', 'Kehinde', 'Obinna', 'Adebayo',
               'Ifeanyi', 'Kwame', 'Kofi', 'Yaw'],
         ARRAY['Okafor', 'Adeyemi', 'Okonkwo', 'Oyelaran', 'Adebayo', 'Eze', 'Nwosu', 'Balogun',
               'Ogunleye', 'Okoro', 'Afolabi', 'Chukwu', 'Oladipo', 'Mensah', 'Owusu', 'Asante',
               'Boateng', 'Osei']),
        (20, 'Somali', 7, 55, ARRAY['Somali'],
         ARRAY['Hodan', 'Amina', 'Fadumo', 'Sahra', 'Ifrah', 'Hibaq', 'Nimco', 'Ubah'],
         ARRAY['Abdi', 'Abdirahman', 'Mohamed', 'Ahmed', 'Yusuf', 'Abdullahi', 'Hassan', 'Omar'],
         ARRAY['Abdi', 'Mohamed', 'Ali', 'Hassan', 'Farah', 'Warsame', 'Osman', 'Nur', 'Jama',
               'Yusuf', 'Egal', 'Hersi']),
        (21, 'Eritrean', 3, 60, ARRAY['Tigrinya'],
         ARRAY['Senait', 'Mebrat', 'Selam', 'Rahwa', 'Saba', 'Helen'],
         ARRAY['Yonas', 'Tesfay', 'Dawit', 'Kidane', 'Filmon', 'Samuel'],
         ARRAY['Tesfaye', 'Gebremedhin', 'Haile', 'Tekle', 'Berhane', 'Mehari', 'Ghebreyesus',
               'Woldu']),
        (22, 'Arabic-speaking', 10, 50, ARRAY['Arabic'],
         ARRAY['Layla', 'Noor', 'Rania', 'Yasmin', 'Huda', 'Mariam', 'Salma', 'Dina'],
         ARRAY['Ahmad', 'Omar', 'Khalid', 'Yousef', 'Mahmoud', 'Karim', 'Samir', 'Bashir'],
         ARRAY['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Al-Sayed', 'Aziz',
               'Hamdan', 'Darwish', 'Ibrahim', 'Al-Rashid'])
        ) AS v (ord, name, weight, other_pct, languages, female, male, surnames)
        ORDER BY ord
    LOOP
        f_start     := f_start || cardinality(first_names) + 1;
        f_len       := f_len || cardinality(g.female);
        first_names := first_names || g.female;
        m_start     := m_start || cardinality(first_names) + 1;
        m_len       := m_len || cardinality(g.male);
        first_names := first_names || g.male;
        s_start     := s_start || cardinality(surnames) + 1;
        s_len       := s_len || cardinality(g.surnames);
        surnames    := surnames || g.surnames;
        l_start     := l_start || cardinality(languages) + 1;
        l_len       := l_len || cardinality(g.languages);
        languages   := languages || g.languages;
        l_pct       := l_pct || g.other_pct;
        FOR k IN 1 .. g.weight LOOP
            group_of := group_of || g.ord;
        END LOOP;
        IF g.name = 'English, born before 1965' THEN
            older := g.ord;
        END IF;
    END LOOP;
    IF cardinality(group_of) <> 1000 THEN
        RAISE EXCEPTION 'demo name group weights add up to %, not 1000', cardinality(group_of);
    END IF;

    -- Towns of the borough, their postcode districts, and their streets.
    FOR g IN
        SELECT * FROM (VALUES
        (1, 'Eastmere', ARRAY['EM1', 'EM2', 'EM3'],
         ARRAY['High Street', 'Station Road', 'Church Lane', 'Market Place', 'Victoria Road',
               'Queen Street', 'King Street', 'Albert Road', 'Park Road', 'London Road',
               'Mill Lane', 'Chapel Street', 'North Street', 'South Street', 'West Street',
               'Bridge Street', 'Castle Street', 'New Road', 'Green Lane', 'Manor Road',
               'The Crescent', 'Orchard Way', 'Meadow Close', 'Elm Grove', 'Beech Avenue',
               'Oak Drive', 'Willow Way', 'Cedar Close', 'Priory Road', 'Abbey Road', 'Mere Road',
               'Lakeside Drive', 'St John''s Road', 'St Mary''s Close', 'Kingsway',
               'Windsor Avenue', 'York Road', 'Clarence Street', 'Nelson Street',
               'Gladstone Terrace']),
        (2, 'Northgate', ARRAY['EM4', 'EM5'],
         ARRAY['Northgate Road', 'School Lane', 'Hawthorn Road', 'Rowan Close', 'Holly Drive',
               'Birch Grove', 'Ashfield Road', 'Fairfield Avenue', 'Springfield Road',
               'Highfield Close', 'Westfield Way', 'Brookside', 'Poplar Avenue', 'Sycamore Road',
               'Chestnut Close', 'Laburnum Grove', 'Maple Drive', 'Hazel Close', 'Juniper Way',
               'Heather Close', 'Foxglove Way', 'Kestrel Drive']),
        (3, 'Millbrook', ARRAY['EM6', 'EM10'],
         ARRAY['Waterside', 'Brook Street', 'Riverside Walk', 'Wharf Road', 'Canal Street',
               'Lock Lane', 'Weavers Row', 'Tanners Lane', 'Cotton Street', 'Foundry Lane',
               'Forge Close', 'Granary Court', 'Malthouse Road', 'Paper Mill Road', 'Dyers Close',
               'Spinners Way', 'Bobbin Lane', 'Millbrook Road']),
        (4, 'Ashby Fen', ARRAY['EM7'],
         ARRAY['Fen Road', 'Dyke Lane', 'Marsh Lane', 'Drove Road', 'Sluice Road', 'Reedway',
               'Heron Close', 'Kingfisher Way', 'Osier Close', 'Wash Lane', 'Dykeside',
               'Bank Road', 'Ferry Lane', 'Plover Close']),
        (5, 'Hollins Cross', ARRAY['EM8'],
         ARRAY['Hollins Road', 'Cross Street', 'Moor Lane', 'Quarry Road', 'Hill Top', 'Ridgeway',
               'Valley Road', 'Edge Lane', 'Crag View', 'Heathfield Road', 'Bracken Close',
               'Gorse Way', 'Whinfield', 'Stonecroft']),
        (6, 'Saltcote', ARRAY['EM9'],
         ARRAY['Sea Lane', 'Shore Road', 'Marine Parade', 'Beach Road', 'Cliff Road',
               'Harbour Street', 'Quay Street', 'Lighthouse Lane', 'Anchor Close', 'The Promenade',
               'Salt Pans Road', 'Dune Way'])
        ) AS v (ord, town, districts, streets)
        ORDER BY ord
    LOOP
        FOR k IN 1 .. cardinality(g.streets) LOOP
            n := cardinality(st_name) + 1;                  -- this street's number
            st_name := st_name || g.streets[k];
            st_town := st_town || g.town;
            st_len  := st_len || 12 + (n * 7919) % 149;     -- 12 .. 160 houses
            -- One district and sector per street; a unit postcode per 25 house numbers.
            FOR u IN 0 .. 6 LOOP
                st_postcode := st_postcode
                    || (g.districts[(k - 1) % cardinality(g.districts) + 1] || ' '
                        || (n * 3 + k) % 10
                        || substr(unit_letters, ((n * 131 + u * 37) % 400) / 20 + 1, 1)
                        || substr(unit_letters, ((n * 131 + u * 37) % 400) % 20 + 1, 1));
            END LOOP;
        END LOOP;
    END LOOP;
    streets := cardinality(st_name);

    -- The borough's street gazetteer (demo_find.sql gives each street its collection rounds).
    INSERT INTO street (name, town)
    SELECT * FROM unnest(st_name, st_town)
    ON CONFLICT DO NOTHING;

    -- Customers, built inside out, one layer per subquery (OFFSET 0 keeps each layer computed
    -- once rather than pasted into the next): `draws` makes the independent choices for person i
    -- (each demo_draw salt is one attribute); `person` and `placed` derive what depends on them;
    -- `named` looks the names, streets and postcodes up (joins, as subscripting a long text array
    -- walks it); `folded` adds ASCII forms of the names; `detailed` builds the contact details and
    -- needs; `numbered` numbers the e-mail addresses that would otherwise repeat (john.smith,
    -- john.smith2, ... by ascending i).
    INSERT INTO customer (id, title, first_name, last_name, date_of_birth, email, phone,
                          phone_key, address_line1, address_line2, town, postcode,
                          preferred_channel, language, interpreter, access_needs)
    OVERRIDING SYSTEM VALUE
    SELECT i, title, first_name, last_name, date_of_birth,
           CASE WHEN email_local = '' THEN ''
                WHEN email_n = 1 THEN email_local || '@' || email_domain
                ELSE email_local || email_n || '@' || email_domain END,
           phone, replace(phone, ' ', ''), address_line1, address_line2, town, postcode,
           preferred_channel, language, interpreter, access_needs
    FROM (
        SELECT *, row_number() OVER (PARTITION BY email_local, email_domain ORDER BY i) AS email_n
        FROM (
            SELECT i, date_of_birth, first_name, last_name, town, postcode,
                CASE WHEN d_title < 4 THEN 'Mx'
                     WHEN d_title < 20 AND age >= 28 THEN 'Dr'
                     WHEN d_title < 80 THEN ''
                     WHEN NOT female THEN 'Mr'
                     WHEN age < 30 THEN (ARRAY['Miss', 'Miss', 'Ms', 'Ms', 'Mrs'])[d_title % 5 + 1]
                     ELSE (ARRAY['Mrs', 'Mrs', 'Mrs', 'Ms', 'Ms', 'Miss'])[d_title % 6 + 1]
                END AS title,
                CASE WHEN NOT has_email THEN ''
                     WHEN d_email_form < 7 THEN fold_first || '.' || fold_last
                     WHEN d_email_form < 10 THEN fold_first || fold_last
                     WHEN d_email_form < 13 THEN left(fold_first, 1) || fold_last
                     WHEN d_email_form < 14 THEN fold_first || '_' || fold_last
                     WHEN d_email_form < 16 THEN fold_last || '.' || fold_first
                     WHEN d_email_form < 18 THEN left(fold_first, 1) || '.' || fold_last
                     ELSE fold_first
                END AS email_local,
                CASE WHEN d_email_domain < 5 THEN 'example.com'
                     WHEN d_email_domain < 7 THEN 'example.org'
                     ELSE 'example.net' END AS email_domain,
                CASE WHEN NOT has_phone THEN ''
                     WHEN mobile THEN '07700 900' || lpad(d_phone::text, 3, '0')
                     ELSE landlines[d_landline + 1] || lpad(d_phone::text, 3, '0')
                END AS phone,
                CASE WHEN flat THEN 'Flat ' || flat_no ELSE house || ' ' || street_name END
                    AS address_line1,
                CASE WHEN flat THEN house || ' ' || street_name ELSE '' END AS address_line2,
                -- Only a channel the customer can use: no calls for BSL users, texts only to
                -- mobiles, e-mail only with an address.
                CASE
                    WHEN bsl AND channel IN ('phone', 'sms')
                        THEN CASE WHEN mobile THEN 'sms' WHEN has_email THEN 'email'
                                  ELSE 'face_to_face' END
                    WHEN channel IN ('phone', 'sms') AND NOT has_phone
                        THEN CASE WHEN has_email THEN 'email' ELSE 'letter' END
                    WHEN channel = 'email' AND NOT has_email
                        THEN CASE WHEN has_phone AND NOT bsl THEN 'phone' ELSE 'letter' END
                    WHEN channel = 'sms' AND NOT mobile THEN 'phone'
                    ELSE channel
                END AS preferred_channel,
                CASE WHEN bsl THEN 'British Sign Language' ELSE language END AS language,
                CASE WHEN bsl THEN 'bsl'
                     WHEN language NOT IN ('English', 'Welsh') AND d_interpreter < 52 THEN 'spoken'
                     ELSE 'none' END AS interpreter,
                CASE WHEN NOT has_needs THEN ''
                     WHEN d_two_needs < 12 AND need2 <> need1 THEN need1 || ', ' || need2
                     ELSE need1 END AS access_needs
            FROM (
                SELECT *,
                    -- E-mail local parts: lower-case ASCII (accents folded, spaces and
                    -- apostrophes dropped, hyphens kept).
                    translate(lower(first_name), fold_from, fold_to) AS fold_first,
                    translate(lower(last_name), fold_from, fold_to) AS fold_last
                FROM (
                    SELECT placed.*, fn.name AS first_name,
                        CASE WHEN female AND strpos(sn.name, '/') > 0
                             THEN split_part(sn.name, '/', 2)
                             ELSE split_part(sn.name, '/', 1) END AS last_name,
                        st.name AS street_name, st.town, pc.postcode
                    FROM (
                        SELECT *,
                            CASE WHEN female
                                 THEN f_start[name_group]
                                      + pg_temp.demo_draw(i, 6, f_len[name_group])
                                 ELSE m_start[name_group]
                                      + pg_temp.demo_draw(i, 6, m_len[name_group])
                            END AS first_pos,
                            s_start[surname_group]
                                + pg_temp.demo_draw(i, 8, s_len[surname_group]) AS surname_pos,
                            (street - 1) * 7 + (house - 1) / 25 + 1 AS postcode_pos,
                            CASE WHEN pg_temp.demo_draw(i, 9, 100) < l_pct[grp]
                                 THEN languages[l_start[grp] + pg_temp.demo_draw(i, 10, l_len[grp])]
                                 ELSE 'English' END AS language,
                            has_phone AND (pg_temp.demo_draw(i, 13, 100)
                                < CASE WHEN age >= 75 THEN 30 WHEN age >= 60 THEN 50 ELSE 65 END)
                                AS mobile,
                            pg_temp.demo_draw(i, 18, 100)
                                < CASE WHEN age >= 80 THEN 35 WHEN age >= 65 THEN 60 ELSE 76 END
                                AS has_email,
                            pg_temp.demo_draw(i, 21, 1000)
                                < CASE WHEN age >= 75 THEN 100 ELSE 36 END AS has_needs
                        FROM (
                            SELECT *,
                                CASE WHEN grp = 1 AND born < date '1965-01-01' THEN older
                                     ELSE grp END AS name_group,
                                (date '2025-01-01' - born) / 365 AS age,
                                CASE WHEN pg_temp.demo_draw(i, 4, 100) < 3 THEN NULL ELSE born END
                                    AS date_of_birth,
                                1 + pg_temp.demo_draw(i, 27, st_len[street]) AS house
                            FROM (
                                SELECT i,
                                    group_of[pg_temp.demo_draw(i, 1, 1000) + 1] AS grp,
                                    CASE WHEN pg_temp.demo_draw(i, 7, 100) < 8
                                         THEN group_of[pg_temp.demo_draw(i, 11, 1000) + 1]
                                         ELSE group_of[pg_temp.demo_draw(i, 1, 1000) + 1]
                                    END AS surname_group,
                                    pg_temp.demo_draw(i, 5, 100) < 51 AS female,
                                    -- 1930-01-01 .. 2008-12-31, four in five born 1945 .. 2004.
                                    date '1930-01-01' + CASE WHEN pg_temp.demo_draw(i, 2, 10) < 8
                                        THEN 5479 + pg_temp.demo_draw(i, 3, 21915)
                                        ELSE pg_temp.demo_draw(i, 3, 28855) END AS born,
                                    pg_temp.demo_draw(i, 12, 100) >= 10 AS has_phone,
                                    pg_temp.demo_draw(i, 14, 1000) AS d_phone,
                                    pg_temp.demo_draw(i, 15, cardinality(landlines)) AS d_landline,
                                    pg_temp.demo_draw(i, 16, 20) AS d_email_form,
                                    pg_temp.demo_draw(i, 17, 10) AS d_email_domain,
                                    pg_temp.demo_draw(i, 19, 1000) AS d_title,
                                    pg_temp.demo_draw(i, 20, 1000) < 5 AS bsl,
                                    pg_temp.demo_draw(i, 22, 100) AS d_interpreter,
                                    needs[1 + pg_temp.demo_draw(i, 23, cardinality(needs))]
                                        AS need1,
                                    needs[1 + pg_temp.demo_draw(i, 24, cardinality(needs))]
                                        AS need2,
                                    pg_temp.demo_draw(i, 25, 100) AS d_two_needs,
                                    1 + pg_temp.demo_draw(i, 26, streets) AS street,
                                    pg_temp.demo_draw(i, 28, 100) < 8 AS flat,
                                    1 + pg_temp.demo_draw(i, 29, 12) AS flat_no,
                                    CASE
                                        WHEN pg_temp.demo_draw(i, 30, 100) < 38 THEN 'phone'
                                        WHEN pg_temp.demo_draw(i, 30, 100) < 60 THEN 'email'
                                        WHEN pg_temp.demo_draw(i, 30, 100) < 74 THEN 'sms'
                                        WHEN pg_temp.demo_draw(i, 30, 100) < 88 THEN 'letter'
                                        ELSE 'face_to_face'
                                    END AS channel
                                FROM generate_series(1, customers) AS i
                                OFFSET 0
                            ) AS draws
                            OFFSET 0
                        ) AS person
                        OFFSET 0
                    ) AS placed
                    JOIN unnest(first_names) WITH ORDINALITY AS fn (name, pos)
                        ON fn.pos = placed.first_pos
                    JOIN unnest(surnames) WITH ORDINALITY AS sn (name, pos)
                        ON sn.pos = placed.surname_pos
                    JOIN unnest(st_name, st_town) WITH ORDINALITY AS st (name, town, pos)
                        ON st.pos = placed.street
                    JOIN unnest(st_postcode) WITH ORDINALITY AS pc (postcode, pos)
                        ON pc.pos = placed.postcode_pos
                    OFFSET 0
                ) AS named
                OFFSET 0
            ) AS folded
        ) AS detailed
    ) AS numbered
    ORDER BY i
    ON CONFLICT (id) DO NOTHING;

    -- Formats named among the access needs are the customer's formats.
    PERFORM customer_formats_from_needs();

    -- Whether they can use the council's website: most can, some with help, a few cannot (the
    -- scripts offer the online route to those who can), some not yet asked.
    UPDATE customer SET online = (ARRAY['yes', 'yes', 'yes', 'with_help', 'cannot',
                                        'unknown'])[1 + id % 6]
    WHERE id <= customers AND online = 'unknown';

    -- The ids above bypassed the identity sequence: move it past them so the application's own
    -- inserts do not collide.
    SELECT max(id) INTO top FROM customer;
    IF top IS NOT NULL THEN
        PERFORM setval(pg_get_serial_sequence('customer', 'id'),
                       greatest(top, pg_sequence_last_value(
                                         pg_get_serial_sequence('customer', 'id')::regclass)));
    END IF;
END
$$;
