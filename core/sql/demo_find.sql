-- Demo data for Find it: the knowledge articles advisors read out, the signposting directory of
-- partner organisations, the places the public asks about (libraries, recycling centres, the
-- register office) with their hours, and the bin collection rounds of every street in the
-- gazetteer. Never a migration.
--
-- `civicdesk db demo` runs this file after demo.sql in the same transaction and calls
-- SELECT pg_temp.demo_find() after pg_temp.demo_load (which fills `street`) and
-- pg_temp.demo_book() (which adds the places TOWNHALL, LIB-NORTHGATE and CONTACT). Rows are
-- added only when absent: a second run adds nothing.
--
-- Everything is fictional. Council and partner telephone numbers are in Ofcom's drama range
-- 01632 960000-960999; e-mail and web addresses of local partners are under example.org; the
-- council's web site is www.eastmere.gov.uk. A few national services are named with their
-- well-known free numbers: NHS 111, Samaritans 116 123, the National Domestic Abuse Helpline,
-- StepChange, National Debtline, Shelter, the Universal Credit helpline and the gas emergency line.
-- Fees agree with forms/: bulky waste £35 for up to three items (£5 each extra, Saturday £10
-- extra), garden waste £52 a bin a year, a lost or extra bin £25, street trading £225 a year,
-- Blue Badge £10 on approval. Council tax 2026/27: Band D £2,112.48, A to H in the statutory
-- ninths (A £1,408.32 .. H £4,224.96), as in demo_pay.sql.
--
-- Bin collections. Streams: refuse (general waste, black bin), recycling (blue bin), food (food
-- caddy), garden (brown bin, by subscription). Week A is the week of Monday 2 November 2026 (and
-- 16 and 30 November, 14 and 28 December); week B the week of 9 November (23 November, 7 and 21
-- December). The demo's today, Tuesday 24 November 2026, is in week B. Rounds, 30 in all:
--   REF-MON-A .. REF-FRI-A, REF-MON-B .. REF-FRI-B    refuse, fortnightly
--   REC-MON-A .. REC-FRI-A, REC-MON-B .. REC-FRI-B    recycling, fortnightly
--   FOOD-MON .. FOOD-FRI                              food, weekly
--   GDN-MON-B .. GDN-FRI-B                            garden, fortnightly, week B
-- Every street has exactly one round of each stream, all on one weekday: for the street at
-- position n (0, 1, 2 .. in street.id order, the gazetteer's order in demo.sql) the weekday is
-- Monday + (n / 4) mod 5, refuse is in week A when (n / 20) is even and week B otherwise, and
-- recycling is in the other week. Food is every week and garden every week B.
--
-- Tests may rely on:
--   * High Street, Eastmere (street 1, n = 0): Monday. General waste Monday week A (REF-MON-A:
--     16 November, next 30 November 2026); recycling Monday week B (REC-MON-B: yesterday,
--     23 November, next 7 December); food every Monday (next 30 November); garden Monday week B
--     (next 7 December).
--   * Customer 15, Mrs Laura Sánchez, 30 Kingfisher Way, Ashby Fen (n = 87): Tuesday. General
--     waste Tuesday week A (REF-TUE-A: 17 November, next 1 December 2026); recycling Tuesday
--     week B (REC-TUE-B: today, 24 November, then 8 December); food every Tuesday (today, then
--     1 December); garden Tuesday week B (today, then 8 December).
--   * Customer 67, Mr Rhys Williams, Flat 12, 2 Chestnut Close, Northgate (n = 54): Thursday.
--     General waste Thursday week A (REF-THU-A: next 3 December 2026); recycling, food and garden
--     this Thursday, 26 November (REC-THU-B, FOOD-THU, GDN-THU-B).
--   * No bank holiday moves the dates above. A round collects every 7 x every_weeks days from its
--     first_date, a day later in a week with a bank holiday on or before its day: so Friday 25
--     December's collections are on Saturday 26 December and the whole week of 28 December is a
--     day late, as the article 'christmas-collections' says.
--   * 480 street_round rows: 120 streets with 4 each.
--   * The article with slug 'bulky-waste', "Bulky waste collection", comes first for the searches
--     'bulky wast' and 'big items'; 'food bank' finds the five food banks (kind 'food bank',
--     among them "Eastmere Foodbank") before anything else; 'library' finds the six libraries
--     first; 'tip' finds the two recycling centres; 'universal credit' finds the article
--     "Universal Credit" first and "Housing Benefit", which mentions it in its body, later.
--   * Places added: LIB-EASTMERE, LIB-MILLBROOK, LIB-ASHBYFEN, LIB-HOLLINS, LIB-SALTCOTE
--     (kind library), HWRC-WHARF and HWRC-DROVE (recycling_centre, open every day) and REGISTER
--     (office). Millbrook Library (LIB-MILLBROOK) is closed on Thursday 10 December 2026, reason
--     'Refurbishment: new carpets and shelves'.

CREATE OR REPLACE FUNCTION pg_temp.demo_find()
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- Knowledge articles. Summaries are the answer to read out; bodies the detail, a line each.
    INSERT INTO article (slug, title, summary, body, keywords, category, online_url, updated_on)
    VALUES
    -- Bins and recycling
    ('bin-collection-day', 'Which day is my bin collected?',
     'Your bins are collected on the same weekday every week. General waste and recycling go on '
     'alternate weeks, and food waste goes every week.',
     E'Advisor: the bin days for the customer''s street are on their record. Read them out from '
     'there.\n'
     'Put your bins at the kerb by 7am on collection day, with the lids closed.\n'
     'Bring them back in the same day.\n'
     'In a week with a bank holiday on or before your collection day, we collect one day later.\n'
     'If you get garden waste collections, they are every other week on the same day.',
     'bin day, collection day, when is my bin collected, rubbish day, bin calendar, which week, '
     'wheelie bin, refuse collection, bin schedule, bin collection',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/collection-day', date '2026-11-02'),

    ('black-bin', 'General waste: black bin',
     'The black bin is for rubbish that cannot be recycled. We empty it every two weeks.',
     E'Put your rubbish in bags before it goes in the bin.\n'
     'The lid must close. We do not take extra bags left next to the bin.\n'
     'Nappies, crisp packets, plastic film and polystyrene go in the black bin.\n'
     'Do not put in batteries, electricals, paint, hot ashes or garden waste.\n'
     'Take those to a household recycling centre.\n'
     'If six or more people live in your home, you can ask for a bigger bin.',
     'rubbish, refuse, general rubbish, grey bin, wheelie bin, landfill, household waste, extra '
     'bags, side waste, nappies, bigger bin',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/black-bin', date '2026-11-02'),

    ('blue-bin', 'Recycling: blue bin',
     'The blue bin takes paper, card, tins, cans, glass bottles and jars, and plastic bottles, '
     'pots, tubs and trays. We empty it every two weeks, in the week your black bin is not '
     'emptied.',
     E'Rinse things out and put them in loose, not in bags.\n'
     'Flatten cardboard boxes so they fit.\n'
     'Yes please: newspapers, magazines, cardboard, food tins, drink cans, clean foil, glass '
     'bottles and jars, plastic bottles, pots, tubs and trays.\n'
     'No thank you: plastic bags or film, nappies, food, clothes, polystyrene or greasy pizza '
     'boxes.\n'
     'If the wrong things are in your bin, the crew may tag it and not empty it.\n'
     'Take the wrong things out and put the bin out on your next recycling day.',
     'recycling, recycle, recycling bin, what can I recycle, paper, cardboard, plastic, glass, '
     'tins, cans, bottles, jars, contaminated bin, tagged bin',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/blue-bin', date '2026-11-02'),

    ('food-caddy', 'Food waste: food caddy',
     'All your food waste goes in your food caddy. We collect it every week, on the same day as '
     'your other bins.',
     E'Use the small caddy in your kitchen, then empty it into the larger caddy outside.\n'
     'Line it with a compostable liner or newspaper. Do not use plastic bags.\n'
     'All food can go in: peelings, leftovers, tea bags, coffee grounds, bones, meat and fish.\n'
     'Put the outdoor caddy at the kerb by 7am, with the handle locked down.\n'
     'You can pick up free rolls of liners at any Eastmere library.\n'
     'Food caddies are free. Ask us if yours is lost or broken.',
     'food waste, food bin, caddy, kitchen caddy, leftovers, peelings, compostable liners, caddy '
     'liners, food recycling',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/food-waste', date '2026-11-02'),

    ('garden-waste', 'Garden waste: brown bin subscription',
     'Garden waste collection is a paid service. It costs £52 a year for each brown bin, and we '
     'empty it every two weeks.',
     E'You can sign up online, or we can do it for you now.\n'
     'If you do not have a brown bin, we deliver one within 10 working days of payment.\n'
     'The subscription lasts 12 months. We remind you a month before it ends.\n'
     'Yes please: grass, leaves, hedge cuttings, flowers, weeds and small branches.\n'
     'No thank you: soil, rubble, turf, food, pet waste or plastic bags.',
     'green waste, brown bin, garden bin, grass cuttings, hedge trimmings, leaves, branches, '
     'subscription, renew, garden collection',
     'Bins and recycling', 'https://www.eastmere.gov.uk/request/garden-waste', date '2026-11-02'),

    ('missed-bin', 'Reporting a missed bin',
     'If your bin was out by 7am and was not emptied, we will come back. Report it within 2 '
     'working days of your collection day.',
     E'First check the collection day on the customer''s record. The bin may not have been due.\n'
     'We come back within 2 working days of your report.\n'
     'If the bin was put out late, we cannot come back. We will empty it next time.\n'
     'If your recycling was tagged for the wrong things, we do not come back. Take them out and '
     'put it out next time.\n'
     'Tell us if the whole street was missed. The road may have been blocked.',
     'missed bin, missed collection, bin not emptied, not collected, bin men, crew missed, lorry '
     'did not come, skipped my bin',
     'Bins and recycling', 'https://www.eastmere.gov.uk/report/missed-bin', date '2026-11-02'),

    ('replacement-bin', 'New, replacement or extra bin',
     'A new bin costs £25 if yours is lost or you want an extra one. It is free if our crew '
     'damaged it, or if it was stolen and you reported it.',
     E'We deliver within 10 working days.\n'
     'Please write your house number on your new bin.\n'
     'A broken lid or wheel can often be mended. Ask us first.\n'
     'Food caddies are free.\n'
     'If you move home, leave the bins for the next people.',
     'new bin, broken bin, damaged bin, stolen bin, lost bin, extra bin, bigger bin, cracked lid, '
     'wheels, wheelie bin, replacement',
     'Bins and recycling',
     'https://www.eastmere.gov.uk/request/replacement-bin', date '2026-11-02'),

    ('bulky-waste', 'Bulky waste collection',
     'We collect large household items from your home. It costs £35 for up to three items, and £5 '
     'for each extra item.',
     E'You can book online, or we can book it for you now.\n'
     'We take furniture, mattresses, fridges, freezers, washing machines and other white goods.\n'
     'We cannot take rubble, tyres, asbestos or garden waste.\n'
     'We collect on a weekday, usually within 10 working days. A Saturday costs £10 extra.\n'
     'Put the items outside at the front of your home by 7am on the day.\n'
     'Good furniture could be used again. Eastmere Furniture Reuse may collect it free.',
     'big items, large items, furniture, sofa, fridge, freezer, mattress, wardrobe, white goods, '
     'bulky items, settee, couch, bed, table, washing machine, cooker, junk',
     'Bins and recycling', 'https://www.eastmere.gov.uk/request/bulky-waste', date '2026-11-02'),

    ('recycling-centres', 'Household recycling centres (the tip)',
     'We have two household recycling centres: Wharf Road in Millbrook and Drove Road in Ashby '
     'Fen. Both are open every day and free for household waste.',
     E'You do not need to book.\n'
     'Winter hours, October to March: Wharf Road 8am to 4pm every day. Drove Road 9am to 4pm on '
     'weekdays and 8am to 4pm at weekends.\n'
     'From April to September both stay open until 6pm.\n'
     'Both close on bank holidays and from 29 to 31 December.\n'
     'You can bring furniture, electricals, garden waste, metal, wood, batteries, paint and most '
     'household rubbish.\n'
     'DIY waste such as rubble and plasterboard costs £3 a bag.\n'
     'Vans and trailers need a free permit. Apply online before you go.',
     'tip, dump, recycling centre, household waste site, hwrc, skip, rubble, electricals, '
     'batteries, van permit, trailer',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/recycling-centres', date '2026-11-02'),

    ('christmas-collections', 'Christmas and New Year bin collections',
     'Collections on Christmas Day and in the week after Christmas move to a later day. Everything '
     'is back to normal from Monday 4 January 2027.',
     E'Week of 21 December: Monday to Thursday as normal. Friday 25 December moves to Saturday 26 '
     'December.\n'
     'Week of 28 December: every collection is one day later. Monday''s is on Tuesday, and Friday '
     '1 January moves to Saturday 2 January.\n'
     'Put extra recycling in a box or a clear bag next to your blue bin. We take it for two weeks '
     'after Christmas.\n'
     'Cut up your real Christmas tree and put it in your brown bin in January, or take it to a '
     'recycling centre.\n'
     'The recycling centres close on Christmas Day and from 28 December to 1 January.',
     'christmas, new year, holiday collections, bank holiday, christmas tree, extra recycling, '
     'festive, changed collection day',
     'Bins and recycling', 'https://www.eastmere.gov.uk/bins/christmas', date '2026-11-16'),

    ('assisted-collection', 'Help putting your bins out (assisted collection)',
     'If nobody in your home can move the bins, our crew can collect them from your property and '
     'put them back. It is free.',
     E'Tell us why you need help and where the bins are kept.\n'
     'We cannot usually help if someone else in the home can move the bins.\n'
     'We may visit to check it is safe for the crew.\n'
     'We check every two years that you still need the help.\n'
     'If you need help for a short time, after an operation for example, we can set it up for a '
     'few months.',
     'assisted collection, help with bins, cannot move bin, disabled, elderly, older person, '
     'frail, pull out, carry bins',
     'Bins and recycling',
     'https://www.eastmere.gov.uk/request/assisted-collection', date '2026-11-02'),

    -- Streets and the environment
    ('fly-tipping', 'Fly-tipping',
     'Fly-tipping is rubbish dumped illegally. Tell us where it is and what it is, and we clear it '
     'from public land within 5 working days.',
     E'Do not touch it if it could be dangerous, such as asbestos, chemicals or needles.\n'
     'Never approach the people dumping it. Note the vehicle registration if you safely can.\n'
     'On private land, the landowner must clear it. We can still investigate.\n'
     'People who fly-tip can be fined up to £1,000 on the spot, or taken to court.\n'
     'If you pay someone to take your rubbish, check they are a registered waste carrier. If it '
     'gets dumped, you could be fined too.',
     'fly tipping, dumped rubbish, dumping, illegal tipping, rubbish in the street, mattress '
     'dumped, rubbish in alley, waste carrier',
     'Streets and environment',
     'https://www.eastmere.gov.uk/report/fly-tipping', date '2026-11-02'),

    ('pest-control', 'Pest control',
     'We can treat rats, mice, wasps, bedbugs, cockroaches and fleas in your home. Most treatments '
     'have a charge.',
     E'Rats and mice: £60 for up to three visits.\n'
     'Wasp nests: £55.\n'
     'Bedbugs, cockroaches and fleas: £95.\n'
     'If you get Council Tax Support, rats and mice are free.\n'
     'Rats outside, in a street or park, are free to report.\n'
     'We do not treat honey bees. A local beekeeper may move them.\n'
     'We usually visit within 5 working days.',
     'pests, rats, mice, rodents, wasps, wasp nest, bees, bedbugs, cockroaches, fleas, vermin, '
     'infestation',
     'Streets and environment',
     'https://www.eastmere.gov.uk/environment/pest-control', date '2026-11-02'),

    ('noise-nuisance', 'Noise from neighbours',
     'We can look into noise that happens often and stops you using your home normally. Keep a '
     'diary of the noise and report it to us.',
     E'Try talking to your neighbour first, if you feel safe to.\n'
     'Write down the date, the time, how long it lasted and how it affected you.\n'
     'We may ask you to record the noise with an app on your phone.\n'
     'Our out-of-hours noise service works Friday and Saturday nights, 9pm to 3am. Call 01632 '
     '960777.\n'
     'If someone is threatening you, call the police on 999. For things that are not an emergency, '
     'call 101.\n'
     'Council tenants can also tell their housing officer.',
     'noise, noisy neighbours, loud music, parties, barking dog, shouting, antisocial behaviour, '
     'nuisance, alarm, banging',
     'Streets and environment', 'https://www.eastmere.gov.uk/environment/noise', date '2026-11-02'),

    ('graffiti', 'Graffiti',
     'Tell us where the graffiti is. We remove offensive graffiti within 2 working days, and other '
     'graffiti on public property within 10 working days.',
     E'Tell us the street, a landmark, and what it is on.\n'
     'Racist or offensive graffiti is always urgent.\n'
     'On private walls, the owner must remove it. We can give advice.\n'
     'If you see someone doing it, call the police on 101.',
     'graffiti, spray paint, tagging, vandalism, offensive writing, racist graffiti, bus shelter',
     'Streets and environment', 'https://www.eastmere.gov.uk/report/graffiti', date '2026-11-02'),

    ('stray-dogs', 'Stray dogs and dog mess',
     'Tell us about a stray dog and our dog warden will collect it. Tell us about dog mess and we '
     'will clean it up.',
     E'Our dog warden works Monday to Friday, 9am to 5pm.\n'
     'Out of hours, keep the dog safe if you can and call 01632 960999.\n'
     'If you have lost a dog, call us with a description. We may have it.\n'
     'The owner pays a fee to get a stray dog back.\n'
     'Not picking up after your dog can mean a £100 fine.',
     'stray dog, lost dog, found a dog, dog warden, dog poo, dog mess, dog fouling',
     'Streets and environment', 'https://www.eastmere.gov.uk/environment/dogs', date '2026-11-02'),

    ('potholes', 'Potholes and road damage',
     'Report a pothole with its exact location. We make dangerous potholes safe within 24 hours '
     'and repair others within 28 days.',
     E'Tell us the street, the nearest house number or landmark, and how big and deep it is.\n'
     'A photo helps. You can add one online.\n'
     'We inspect every report within 10 working days.\n'
     'If a pothole damaged your car, you can make a claim. Keep your receipts and photos.\n'
     'Pavements count too: tell us about broken slabs and trip hazards.',
     'pothole, road damage, hole in the road, pavement, footpath, uneven, trip hazard, cracked '
     'road, manhole cover, car damage claim',
     'Roads and transport', 'https://www.eastmere.gov.uk/report/pothole', date '2026-11-02'),

    ('street-lights', 'Street light faults',
     'Tell us about a street light that is out, flickering or on in the day. Give the number on '
     'the lamp post if you can.',
     E'The number is on a small plate on the post.\n'
     'We fix most faults within 10 working days.\n'
     'If the power supply is at fault, the electricity company has to fix it. That can take '
     'longer.\n'
     'A post knocked down, or with wires showing, is dangerous. Call 01632 960000 now, or 01632 '
     '960999 out of hours.\n'
     'Some lights are dimmed after midnight to save energy. That is not a fault.',
     'street light, lamp post, lamppost, light out, flickering light, dark street, broken light, '
     'lighting column',
     'Roads and transport', 'https://www.eastmere.gov.uk/report/street-light', date '2026-11-02'),

    ('abandoned-vehicles', 'Abandoned vehicles',
     'Tell us about a car, van or motorbike that looks abandoned. We look at dangerous vehicles '
     'within 1 working day.',
     E'Signs it may be abandoned: flat tyres, broken windows, rubbish inside, or it has not moved '
     'for weeks.\n'
     'An untaxed car is not always abandoned. Report untaxed vehicles to the DVLA online.\n'
     'If a vehicle is burnt out or leaking fuel, tell us now.\n'
     'We put a notice on the vehicle, and take it away if the owner does not.',
     'abandoned car, dumped car, untaxed car, burnt out car, abandoned van, caravan, vehicle left',
     'Roads and transport',
     'https://www.eastmere.gov.uk/report/abandoned-vehicle', date '2026-11-02'),

    ('dropped-kerb', 'Dropped kerbs',
     'To drive onto your driveway, you need a dropped kerb. You must apply to us first.',
     E'We check the driveway is big enough and safe.\n'
     'The work must be done by us or our approved contractor.\n'
     'We send you a quote after we visit.\n'
     'On a main road you may also need planning permission.\n'
     'Driving over a kerb that is not dropped can damage pipes and cables under the pavement.',
     'dropped kerb, vehicle crossing, crossover, driveway, lower the kerb, drive access, parking '
     'on my drive',
     'Roads and transport', 'https://www.eastmere.gov.uk/request/dropped-kerb', date '2026-11-02'),

    -- Council tax
    ('council-tax-bands', 'Council tax bands and charges 2026/27',
     'Your bill depends on your home''s band, from A to H. For 2026/27, Band D in Eastmere is '
     '£2,112.48 a year.',
     E'Band A: £1,408.32\n'
     'Band B: £1,643.04\n'
     'Band C: £1,877.76\n'
     'Band D: £2,112.48\n'
     'Band E: £2,581.92\n'
     'Band F: £3,051.36\n'
     'Band G: £3,520.80\n'
     'Band H: £4,224.96\n'
     'These are the charges for a whole year, before any discount.\n'
     'The Valuation Office Agency sets the bands, not us. You can ask them to check your band.',
     'council tax band, charges, how much is council tax, yearly bill, rates, valuation, wrong '
     'band, challenge my band, 2026/27',
     'Council tax', 'https://www.eastmere.gov.uk/council-tax/bands', date '2026-03-02'),

    ('council-tax-paying', 'Paying council tax',
     'Most people pay in 10 monthly instalments, from April to January. Direct debit is the '
     'easiest way to pay.',
     E'You can ask to pay in 12 monthly instalments instead.\n'
     'Ways to pay:\n'
     '- Direct debit on the 1st, 15th or 28th of the month.\n'
     '- Online at www.eastmere.gov.uk/pay.\n'
     '- By phone, day or night, on our automated line 01632 960050.\n'
     '- At a Post Office or PayPoint shop, with the barcode on your bill.\n'
     '- At the Town Hall.\n'
     'Have your account number ready. It starts with CT.',
     'pay council tax, payment, instalments, monthly, how to pay, pay by card, post office, '
     'paypoint, account number, 12 months',
     'Council tax', 'https://www.eastmere.gov.uk/pay', date '2026-03-02'),

    ('council-tax-direct-debit', 'Council tax direct debit',
     'Direct debit takes your council tax from your bank account on the 1st, 15th or 28th of each '
     'month. We can set it up with you now.',
     E'You need your bank account number and sort code.\n'
     'It takes about two weeks to start. Keep paying the way you do now until we write to you.\n'
     'We write to you before the amount changes.\n'
     'You can change the date or cancel at any time. Please tell us first.\n'
     'If a payment fails, we write to you. Pay the missed amount as soon as you can.',
     'direct debit, dd, set up payment, change payment date, bank details, automatic payment, '
     'standing order',
     'Council tax', 'https://www.eastmere.gov.uk/council-tax/direct-debit', date '2026-03-02'),

    ('single-person-discount', 'Single person discount',
     'If you are the only adult in your home, you get 25% off your council tax. An adult is anyone '
     'aged 18 or over.',
     E'Some adults are not counted, such as full-time students and live-in carers.\n'
     'You can apply online, or we can do it for you now.\n'
     'Tell us within 21 days if another adult moves in.\n'
     'We check discounts every year.\n'
     'If you get the discount when you should not, you will have to pay it back, and you may be '
     'fined.',
     'single person discount, spd, 25% off, live alone, on my own, one adult, living on my own, '
     'council tax discount',
     'Council tax',
     'https://www.eastmere.gov.uk/apply/council-tax-single-person-discount', date '2026-03-02'),

    ('council-tax-support', 'Council Tax Support',
     'Council Tax Support lowers your bill if you have a low income. You must apply to us, even if '
     'you get Universal Credit.',
     E'It depends on your income, your savings and who lives with you.\n'
     'People with savings over £16,000 cannot usually get it.\n'
     'People of State Pension age can get help with the whole bill.\n'
     'Most people of working age still pay something.\n'
     'Apply online. You need your National Insurance number and proof of your income.\n'
     'Apply as soon as you can. We can only backdate it in some cases.',
     'council tax support, council tax reduction, ctr, low income, help with council tax, council '
     'tax benefit, cannot afford council tax',
     'Council tax', 'https://www.eastmere.gov.uk/benefits/council-tax-support', date '2026-03-02'),

    ('council-tax-moving-home', 'Council tax when you move home',
     'Tell us the date you move in or out, and your new address. We close or open your account and '
     'send you a new bill.',
     E'Moving within Eastmere: we move your account to your new home.\n'
     'Moving out of Eastmere: we send a final bill. Tell your new council too.\n'
     'Moving in: we open an account from the day you got the keys.\n'
     'Tell us who else aged 18 or over lives with you.\n'
     'If you rent, tell us your landlord''s name.\n'
     'You can do it online, or we can do it with you now.',
     'moving home, moving house, change of address, new address, move in, move out, final bill, '
     'new tenant, leaving eastmere',
     'Council tax',
     'https://www.eastmere.gov.uk/apply/council-tax-change-of-address', date '2026-03-02'),

    ('council-tax-arrears', 'Council tax reminders and arrears',
     'If you miss a payment, we send a reminder. Pay within 7 days and you can carry on paying by '
     'instalments.',
     E'If you do not pay after a reminder, you lose the right to pay by instalments. The whole '
     'year''s bill is then due.\n'
     'We can then ask the magistrates'' court for a liability order. Costs are added to what you '
     'owe.\n'
     'After that, we can take money from wages or benefits, or pass the debt to enforcement agents '
     '(bailiffs).\n'
     'Please talk to us early. We can often agree a payment plan.\n'
     'Free debt advice: Citizens Advice Eastmere, StepChange or National Debtline.',
     'arrears, reminder, final notice, summons, court, liability order, bailiffs, enforcement '
     'agents, behind with council tax, owe, debt, payment plan',
     'Council tax', 'https://www.eastmere.gov.uk/council-tax/arrears', date '2026-03-02'),

    ('council-tax-exemptions', 'Council tax discounts and exemptions',
     'Some homes pay less council tax, or none at all. For example, a home where everyone is a '
     'full-time student pays nothing.',
     E'People with a severe mental impairment are not counted for council tax.\n'
     'A home adapted for a disabled person may be charged one band lower.\n'
     'After someone dies, their empty home pays nothing until probate, and for up to 6 months '
     'after.\n'
     'Other empty homes usually pay the full charge. Homes empty for over a year pay double.\n'
     'Ask us to check what applies to you.',
     'exemption, exempt, students, student exemption, empty property, empty home, disabled band '
     'reduction, severe mental impairment, probate, second home',
     'Council tax', 'https://www.eastmere.gov.uk/council-tax/discounts', date '2026-03-02'),

    -- Benefits and money
    ('housing-benefit', 'Housing Benefit',
     'Housing Benefit helps people on a low income pay their rent. Most new claims now go to '
     'Universal Credit instead.',
     E'You can still claim Housing Benefit from us if you have reached State Pension age.\n'
     'You can also claim it if you live in supported or temporary housing.\n'
     'If you are of working age, claim Universal Credit for help with your rent.\n'
     'Tell us about any change within a month: your income, rent, savings, or who lives with you.\n'
     'If you tell us late, you may have to pay money back.',
     'housing benefit, hb, help with rent, rent help, benefit claim, change of circumstances, '
     'overpayment, pension age',
     'Benefits and money',
     'https://www.eastmere.gov.uk/benefits/housing-benefit', date '2026-11-02'),

    ('universal-credit', 'Universal Credit',
     'Universal Credit is run by the Department for Work and Pensions (DWP), not by us. You apply '
     'online at GOV.UK.',
     E'It helps with living costs if you are on a low income or out of work.\n'
     'It can include help with your rent.\n'
     'Apply at www.gov.uk/universal-credit. The first payment takes about five weeks.\n'
     'If you need money before then, ask the Jobcentre for an advance.\n'
     'For help to apply, contact Citizens Advice Eastmere.\n'
     'Universal Credit does not pay your council tax. Apply to us for Council Tax Support too.',
     'universal credit, uc, dwp, jobcentre, benefits, claim, advance payment, jobseekers, esa',
     'Benefits and money', 'https://www.gov.uk/universal-credit', date '2026-11-02'),

    ('free-school-meals', 'Free school meals',
     'Children in Reception, Year 1 and Year 2 at state schools get free school lunches. Older '
     'children can get them if you get Universal Credit or another qualifying benefit.',
     E'Apply online, or we can check for you now. We need your National Insurance number and date '
     'of birth.\n'
     'We usually tell you within 5 working days.\n'
     'Free meals start as soon as the school hears from us.\n'
     'Please apply for younger children too. It gets their school extra money.\n'
     'Children who get free school meals can also go to free holiday clubs.',
     'free school meals, fsm, school dinners, school lunch, pupil premium, packed lunch, holiday '
     'club',
     'Benefits and money',
     'https://www.eastmere.gov.uk/apply/free-school-meals', date '2026-11-02'),

    ('discretionary-housing-payment', 'Extra help with rent (Discretionary Housing Payment)',
     'If your Housing Benefit or Universal Credit does not cover your rent, we may be able to help '
     'for a short time.',
     E'This is called a Discretionary Housing Payment.\n'
     'You must get Housing Benefit or the housing part of Universal Credit.\n'
     'It can help with a shortfall in rent, a deposit, or rent in advance for a new home.\n'
     'It is not for council tax or other bills.\n'
     'We usually pay it for a few months while you sort things out.\n'
     'Apply online. Tell us about your income and what you spend.',
     'dhp, discretionary housing payment, rent shortfall, bedroom tax, benefit cap, rent deposit, '
     'rent arrears, help with rent',
     'Benefits and money', 'https://www.eastmere.gov.uk/benefits/dhp', date '2026-11-02'),

    ('crisis-support', 'Emergency help with food and energy (Crisis Support)',
     'If you have no money for food or heating, we can help in an emergency. We give food and '
     'energy vouchers and some essential household items.',
     E'You must live in Eastmere and have no other way to get help.\n'
     'Call 01632 960000 and ask for Crisis Support. We decide the same day.\n'
     'We can give vouchers for food, and top-ups for gas or electricity meters.\n'
     'We can also help with essentials like a bed, a cooker or a fridge.\n'
     'We do not give cash.\n'
     'You can usually get help twice in 12 months. We can also refer you to a food bank.',
     'crisis, emergency help, no money, food voucher, energy voucher, gas top up, electric top up, '
     'prepayment meter, hardship fund, household support fund',
     'Benefits and money',
     'https://www.eastmere.gov.uk/benefits/crisis-support', date '2026-11-02'),

    ('cost-of-living', 'Cost of living help',
     'If money is tight, there is help with bills, food and energy. Start by checking you get '
     'every benefit you can.',
     E'Citizens Advice Eastmere can do a free benefit check.\n'
     'Council Tax Support can lower your council tax.\n'
     'For food, we can refer you to a food bank, or give a voucher through Crisis Support.\n'
     'Warm Homes Eastmere gives free energy advice and can help with bills.\n'
     'Eastmere Credit Union offers fair loans, so you do not need a payday lender.\n'
     'Our warm spaces are free and open to everyone.',
     'cost of living, struggling, money worries, cannot afford, bills, help with bills, food, '
     'energy, heating, debt, low income, hardship',
     'Benefits and money', 'https://www.eastmere.gov.uk/cost-of-living', date '2026-11-02'),

    ('warm-spaces', 'Warm spaces',
     'Warm spaces are free places to keep warm this winter, with a hot drink and a friendly '
     'welcome. All six Eastmere libraries are warm spaces while they are open.',
     E'You do not need to book or show anything.\n'
     'Most have free wi-fi and somewhere to charge your phone.\n'
     'Eastmere Central Library is also open on Sunday afternoons.\n'
     'Some community centres and churches are warm spaces too. Some give a free hot meal.\n'
     'Ask us for the list near you, or see our website.',
     'warm space, warm bank, warm hub, keep warm, heating, cold, somewhere warm, free hot drink, '
     'winter',
     'Benefits and money',
     'https://www.eastmere.gov.uk/cost-of-living/warm-spaces', date '2026-11-02'),

    -- Housing
    ('homeless-tonight', 'Homeless tonight or at risk of losing your home',
     'If you have nowhere safe to stay tonight, we will help you. In the day, call us or come to '
     'the Town Hall; out of hours, call 01632 960999.',
     E'If you are in danger, call 999.\n'
     'In the day, come to the Town Hall or call 01632 960000. Ask for Housing Options.\n'
     'At night and at weekends, call our emergency line on 01632 960999.\n'
     'If you might lose your home in the next 8 weeks, contact us now. The sooner we know, the '
     'more we can do.\n'
     'Bring ID, proof of your income and any letters from your landlord.\n'
     'If you are sleeping rough, Open Door Eastmere has a day centre with food and showers.',
     'homeless, homelessness, nowhere to sleep, sleeping rough, rough sleeper, eviction, kicked '
     'out, emergency housing, temporary accommodation, housing options',
     'Housing', 'https://www.eastmere.gov.uk/housing/homeless', date '2026-11-02'),

    ('housing-register', 'Joining the housing register',
     'To apply for a council or housing association home, join the housing register online. We put '
     'you in a band based on how much you need to move.',
     E'You must usually have lived in Eastmere for 2 years.\n'
     'The bands go from Band 1 (urgent need) to Band 4 (low need).\n'
     'We advertise homes every week. You bid for the ones that suit you.\n'
     'Waits can be long. For a family home it is often several years.\n'
     'Tell us about any change, such as a new baby or a new address.\n'
     'We can also talk about other options, like renting privately with help with a deposit.',
     'housing register, council house, council flat, social housing, housing list, waiting list, '
     'bidding, housing association, apply for a house',
     'Housing', 'https://www.eastmere.gov.uk/housing/register', date '2026-11-02'),

    ('council-housing-repairs', 'Repairs for council tenants',
     'Report repairs to your council home on 01632 960300 or online. We make emergencies safe '
     'within 24 hours.',
     E'Emergency: no heating in winter, a big leak, no power, or a door that will not lock. We '
     'come within 24 hours.\n'
     'Urgent: a blocked toilet when you have only one, or a broken window. We come within 5 '
     'working days.\n'
     'Routine: most other repairs. We come within 20 working days.\n'
     'At night and at weekends, call 01632 960999 for emergencies only.\n'
     'If you smell gas, leave your home and call the gas emergency line on 0800 111 999.',
     'repairs, council tenant, repair, leak, boiler, heating, broken, fix, maintenance, report a '
     'repair',
     'Housing', 'https://www.eastmere.gov.uk/housing/repairs', date '2026-11-02'),

    ('damp-and-mould', 'Damp and mould',
     'Damp and mould can harm your health. Council tenants should tell us, and we inspect within '
     '10 working days.',
     E'If it is a serious risk to someone''s health, tell us. We come within 24 hours.\n'
     'We find the cause and tell you in writing what we will do.\n'
     'Private tenants: tell your landlord in writing first.\n'
     'If your landlord does nothing, our private housing team can inspect.\n'
     'To help: open windows a little, use extractor fans, and wipe water off windows each '
     'morning.\n'
     'Do not just paint over mould. It comes back.',
     'damp, mould, mold, black mould, condensation, wet walls, musty smell, mildew, health',
     'Housing', 'https://www.eastmere.gov.uk/housing/damp-and-mould', date '2026-11-02'),

    ('private-landlord-problems', 'Problems with a private landlord',
     'If your private landlord will not do repairs or has told you to leave, we can help. Contact '
     'us as soon as you get a notice.',
     E'Keep copies of all letters and messages from your landlord.\n'
     'Your landlord must give you proper notice and get a court order to evict you.\n'
     'It is a crime to lock you out or threaten you to make you leave. Call 999 if it is happening '
     'now.\n'
     'For repairs, tell your landlord in writing. If nothing happens, our private housing team can '
     'inspect.\n'
     'Shelter and Citizens Advice Eastmere give free housing advice.',
     'landlord, private renting, tenant rights, eviction notice, notice to leave, illegal '
     'eviction, letting agent, deposit, disrepair',
     'Housing', 'https://www.eastmere.gov.uk/housing/private-renting', date '2026-11-02'),

    ('council-rent', 'Paying your council rent',
     'Rent is charged every week, on Monday. Please pay each week''s rent by the Friday.',
     E'Your rent account number starts with RT.\n'
     'Ways to pay: direct debit, online, our automated line 01632 960050, or at a Post Office or '
     'PayPoint shop.\n'
     'If you get Universal Credit, the money for rent is paid to you. You must pay it to us.\n'
     'If you fall behind, talk to your housing officer early. We can agree a plan.\n'
     'Rent arrears can put your home at risk, so please do not ignore our letters.',
     'rent, council rent, pay rent, rent arrears, rent account, housing rent, behind with rent, '
     'rent statement',
     'Housing', 'https://www.eastmere.gov.uk/housing/pay-rent', date '2026-11-02'),

    -- Blue Badge and transport
    ('blue-badge-apply', 'Applying for a Blue Badge',
     'Apply online, or we can apply with you now. If we approve it, the badge costs £10.',
     E'You need proof of identity, proof of address from the last 3 months, and a recent photo.\n'
     'If you get a benefit that qualifies, send the award letter too.\n'
     'We aim to decide within 30 working days. We may ask you to an assessment.\n'
     'We only ask for the £10 when your badge is approved.\n'
     'A badge lasts up to 3 years. You can renew up to 12 weeks before it runs out.',
     'blue badge, disabled parking, apply, renew, renewal, disabled badge, parking badge, orange '
     'badge, badge fee',
     'Blue Badge and transport', 'https://www.eastmere.gov.uk/apply/blue-badge', date '2026-11-02'),

    ('blue-badge-eligibility', 'Who can get a Blue Badge',
     'Some people get a Blue Badge automatically, because of a benefit or being registered blind. '
     'Others can get one if a condition makes walking or journeys very hard.',
     E'You qualify automatically if you:\n'
     '- get the higher rate of the mobility part of DLA, or\n'
     '- get PIP with 8 points or more for moving around, or\n'
     '- are registered blind (severely sight impaired).\n'
     'You may also qualify if walking is very hard, or a hidden condition such as autism makes '
     'journeys very hard.\n'
     'A child under 3 can qualify if they need bulky medical equipment, or must stay near a '
     'vehicle for treatment.\n'
     'You must live in Eastmere to apply to us.',
     'blue badge eligibility, who can get, qualify, pip, dla, disabled, hidden disability, autism, '
     'dementia, walking difficulty, children',
     'Blue Badge and transport', 'https://www.eastmere.gov.uk/apply/blue-badge', date '2026-11-02'),

    ('bus-pass', 'Free bus pass',
     'You can get a free bus pass if you have reached State Pension age or have a disability that '
     'qualifies. It gives free off-peak bus travel anywhere in England.',
     E'Off-peak means 9:30am to 11pm on weekdays, and all day at weekends and on bank holidays.\n'
     'Disabilities that qualify include being blind or partly sighted, profoundly deaf, or unable '
     'to walk far.\n'
     'You need proof of age or identity, proof of address from the last 3 months, and a photo.\n'
     'We post your pass within 10 working days.\n'
     'It does not cover trains or community transport.',
     'bus pass, free travel, concessionary pass, older person, pensioner, senior, oap, disabled '
     'bus pass, lost bus pass, renew bus pass',
     'Blue Badge and transport', 'https://www.eastmere.gov.uk/apply/bus-pass', date '2026-11-02'),

    ('parking-permits', 'Residents'' parking permits',
     'If you live in a residents'' parking zone, you can buy a permit to park near your home. The '
     'first permit costs £60 a year.',
     E'A second permit for the same home costs £95 a year.\n'
     'Visitor permits cost £2 a day. You can buy up to 50 a year.\n'
     'Blue Badge holders do not need a permit to park in a zone.\n'
     'Apply online. You need your vehicle registration and proof of address.\n'
     'Permits are digital. There is nothing to put in your car.',
     'parking permit, resident permit, visitor permit, parking zone, park outside my house, '
     'parking scheme',
     'Blue Badge and transport', 'https://www.eastmere.gov.uk/parking/permits', date '2026-11-02'),

    ('parking-fines', 'Parking fines (penalty charge notices)',
     'A parking fine from us is called a penalty charge notice, or PCN. It is £70 or £50, and half '
     'that if you pay within 14 days.',
     E'The amount depends on where you parked. For example, on double yellow lines it is £70.\n'
     'Pay online or by phone. You need the PCN number.\n'
     'If you think it is wrong, challenge it online within 14 days. You keep the lower price while '
     'we look at it.\n'
     'If we say no, you can appeal to an independent adjudicator later.\n'
     'If you do not pay or challenge it, the charge goes up by half.\n'
     'Tickets from private car parks are not ours. Contact the company named on the ticket.',
     'parking fine, parking ticket, pcn, penalty charge notice, appeal, challenge, traffic warden, '
     'yellow lines, bus lane fine',
     'Blue Badge and transport', 'https://www.eastmere.gov.uk/parking/fines', date '2026-11-02'),

    -- Registration
    ('register-a-birth', 'Registering a birth',
     'You must register a birth within 42 days. Book an appointment at Eastmere Register Office; '
     'registering is free.',
     E'The mother or birth parent can register. So can a father or second parent who is married to '
     'them.\n'
     'If the parents are not married, both come together to name the father.\n'
     'Bring ID and any papers the hospital gave you.\n'
     'A birth certificate costs £12.50. You can buy it on the day.\n'
     'The Register Office is in Castle Street, Eastmere. Call 01632 960100 to book.',
     'register a birth, birth certificate, new baby, registrar, register office, registry office, '
     'birth registration',
     'Births, deaths and marriages',
     'https://www.eastmere.gov.uk/register-office/births', date '2026-11-02'),

    ('register-a-death', 'Registering a death',
     'A death should be registered within 5 days. Book an appointment at the Register Office once '
     'the doctor has sent the medical certificate.',
     E'Usually a relative registers the death.\n'
     'We tell you when the medical certificate has reached us.\n'
     'A death certificate costs £12.50. You may need several for banks and insurers.\n'
     'We offer Tell Us Once. It tells the council and government services together, for example '
     'about benefits, council tax and the Blue Badge.\n'
     'If a coroner is involved, the registrar will explain what happens next.',
     'register a death, death certificate, someone died, bereavement, funeral, registrar, tell us '
     'once, coroner, medical certificate',
     'Births, deaths and marriages',
     'https://www.eastmere.gov.uk/register-office/deaths', date '2026-11-02'),

    ('marriage-civil-partnership', 'Marriages and civil partnerships',
     'To marry or form a civil partnership, you must both give notice at a register office at '
     'least 29 days before. Book an appointment to give notice.',
     E'Give notice in the area where you live. You must have lived there for at least 7 days.\n'
     'Bring ID and proof of address.\n'
     'There is a fee for each of you, set by law.\n'
     'You can marry at Eastmere Register Office or at an approved venue.\n'
     'Ceremonies at the Register Office are on weekdays and Saturday mornings.\n'
     'Call 01632 960100 to book.',
     'marriage, wedding, civil partnership, give notice, notice of marriage, ceremony, registrar, '
     'getting married, certificate copy',
     'Births, deaths and marriages',
     'https://www.eastmere.gov.uk/register-office/marriages', date '2026-11-02'),

    -- Libraries
    ('join-the-library', 'Joining the library',
     'Joining is free for everyone who lives, works or studies in Eastmere. You can borrow up to '
     '15 items at a time.',
     E'Join at any of our libraries, or online. Bring something with your name and address on it.\n'
     'Children can join from birth. A parent signs for children under 16.\n'
     'You can borrow books and audiobooks for 3 weeks.\n'
     'Renew online, by phone or at any branch.\n'
     'We do not charge for late returns.\n'
     'You can also borrow e-books and e-magazines free with our app.',
     'join, library card, membership, borrow books, renew books, ebooks, audiobooks, overdue, '
     'fines, reserve a book',
     'Libraries', 'https://www.eastmere.gov.uk/libraries/join', date '2026-11-02'),

    ('library-computers-printing', 'Computers, wi-fi and printing',
     'Every Eastmere library has free computers and free wi-fi. Printing costs 15p a page in black '
     'and white and 50p in colour.',
     E'Members can use a computer free for up to 2 hours a day.\n'
     'Book a computer online or at the desk.\n'
     'You can print from your own phone or laptop.\n'
     'We scan documents free and email them to you.\n'
     'Digital helpers can show you how to get online, fill in forms or set up email. Book at '
     'Northgate.',
     'computers, pc, internet, wifi, wi-fi, printing, printer, photocopying, scanning, digital '
     'help, get online',
     'Libraries', 'https://www.eastmere.gov.uk/libraries/computers', date '2026-11-02'),

    ('library-opening-hours', 'Library opening hours',
     'We have six libraries: Eastmere Central, Northgate, Millbrook, Ashby Fen, Hollins Cross and '
     'Saltcote. Eastmere Central is open seven days a week.',
     E'Eastmere Central: Monday, Tuesday and Thursday 9am to 7pm; Wednesday, Friday and Saturday '
     '9am to 5pm; Sunday 11am to 3pm.\n'
     'Northgate: Monday, Tuesday and Friday 9:30am to 5:30pm; Wednesday 9:30am to 1pm; Thursday '
     '9:30am to 7pm; Saturday 9:30am to 4pm.\n'
     'Millbrook: Monday, Tuesday and Friday 9:30am to 5pm; Thursday 9:30am to 7pm; Saturday 9:30am '
     'to 1pm; closed Wednesday.\n'
     'Ashby Fen: Monday, Wednesday and Friday 10am to 1pm and 2pm to 5pm; Saturday 10am to '
     '12:30pm.\n'
     'Hollins Cross: Tuesday and Thursday 10am to 1pm and 2pm to 6pm; Saturday 10am to 1pm.\n'
     'Saltcote: Monday, Thursday and Friday 10am to 1pm and 2pm to 5pm; Tuesday 2pm to 6pm; '
     'Saturday 10am to 1pm.\n'
     'All close on bank holidays and from 29 to 31 December. Millbrook is closed on Thursday 10 '
     'December 2026.',
     'opening times, hours, when is it open, near me, local branch, sunday opening',
     'Libraries', 'https://www.eastmere.gov.uk/libraries/opening-hours', date '2026-11-16'),

    -- The council
    ('council-opening-hours', 'Council offices and contact centre opening hours',
     'Eastmere Town Hall is open Monday to Friday, 9am to 5pm, but from 10am on Wednesdays. Our '
     'contact centre answers calls on 01632 960000, Monday to Friday, 8am to 6pm.',
     E'The Town Hall is in Market Place, Eastmere EM1 1AA.\n'
     'You can also get help at the council help point in Northgate Library.\n'
     'Book an appointment and you will not have to wait.\n'
     'We are closed on bank holidays, and from 29 to 31 December.\n'
     'For emergencies out of hours, call 01632 960999.\n'
     'You can do many things at any time at www.eastmere.gov.uk.',
     'opening hours, opening times, town hall, council offices, contact centre, phone number, '
     'customer services, when are you open, reception, face to face',
     'The council', 'https://www.eastmere.gov.uk/contact-us', date '2026-11-02'),

    ('complaints', 'Making a complaint',
     'If you are unhappy with a council service, you can complain. We reply within 5 working days, '
     'and if you are still unhappy you can ask for a review.',
     E'First, let the service try to put it right. Often we can fix it straight away.\n'
     'Stage 1: we look into it and reply within 5 working days.\n'
     'Stage 2: if you are still unhappy, ask for a review. A senior manager replies within 20 '
     'working days.\n'
     'After that, you can go to the Local Government and Social Care Ombudsman. Council tenants go '
     'to the Housing Ombudsman.\n'
     'You can complain online, by phone, by letter or in person.\n'
     'We can help you make a complaint if you need support.',
     'complaint, complain, unhappy, not happy, poor service, ombudsman, stage 1, stage 2, review, '
     'escalate, feedback',
     'The council', 'https://www.eastmere.gov.uk/feedback/complaint', date '2026-11-02'),

    ('register-to-vote', 'Registering to vote',
     'You can register to vote online at www.gov.uk/register-to-vote. It takes about 5 minutes, '
     'and you need your National Insurance number.',
     E'You must register again when you move home.\n'
     'Every year we write to each home to check who lives there. Please reply.\n'
     'You can choose to be left off the open register, which anyone can buy.\n'
     'You need photo ID to vote at a polling station. If you have none, ask us for a free Voter '
     'Authority Certificate.\n'
     'You can also apply to vote by post, or to let someone you trust vote for you (a proxy).',
     'electoral register, electoral roll, register to vote, voting, elections, polling card, '
     'postal vote, proxy vote, voter id, open register',
     'The council', 'https://www.eastmere.gov.uk/elections/register', date '2026-11-02'),

    -- Licensing and planning
    ('street-trading-licence', 'Street trading licence',
     'To sell from a stall, van or barrow on a street, you need a street trading consent from us. '
     'It costs £225 for 12 months, paid when you apply.',
     E'Apply at least 6 weeks before you want to start. We ask the police and highways first.\n'
     'You need public liability insurance of at least £5 million.\n'
     'If you sell food, register as a food business at least 28 days before you start.\n'
     'We tell you which street, days and times you can trade.\n'
     'Markets and one-off events can have different rules. Ask us.',
     'street trading, street trader, market stall, pitch, burger van, ice cream van, food van, '
     'selling on the street, trading consent, licence',
     'Licensing and planning',
     'https://www.eastmere.gov.uk/apply/street-trading-licence', date '2026-11-02'),

    ('taxi-licensing', 'Taxi and private hire licences',
     'Taxi and private hire drivers, vehicles and operators in Eastmere must be licensed by us. We '
     'check drivers'' criminal records, health and driving history.',
     E'Drivers need an enhanced DBS check, a medical and a knowledge test.\n'
     'A driver licence lasts 3 years.\n'
     'You can stop a hackney carriage in the street. A private hire car must be booked first.\n'
     'To complain about a taxi, tell us the plate number on the back of the car, the date and the '
     'time.\n'
     'We can suspend a licence or take it away.',
     'taxi, cab, private hire, minicab, hackney carriage, taxi driver, taxi licence, plate number, '
     'taxi complaint, operator',
     'Licensing and planning', 'https://www.eastmere.gov.uk/licensing/taxis', date '2026-11-02'),

    ('planning-permission', 'Do I need planning permission?',
     'Many small changes to a house do not need planning permission, but extensions, new homes and '
     'changes of use often do. Check before you start building.',
     E'The Planning Portal has simple guides: www.planningportal.co.uk.\n'
     'Listed buildings and conservation areas have stricter rules.\n'
     'Apply online through the Planning Portal. There is a fee set by the government.\n'
     'We decide most house extensions within 8 weeks.\n'
     'You can see and comment on applications on our website. Comments are usually due within 21 '
     'days.\n'
     'Building regulations are separate from planning. You may need both.',
     'planning, planning permission, planning application, extension, conservation area, listed '
     'building, permitted development, building regulations, objection, neighbour building',
     'Licensing and planning', 'https://www.eastmere.gov.uk/planning', date '2026-11-02'),

    -- Schools
    ('school-admissions', 'Applying for a school place',
     'Apply to us for a primary or secondary school place. The closing date is 31 October for '
     'secondary school and 15 January for primary school.',
     E'You can list up to three schools, in order of preference.\n'
     'Secondary places are offered on 1 March, and primary places on 16 April.\n'
     'Apply online at www.eastmere.gov.uk/schools.\n'
     'If you move to Eastmere during the school year, apply for an in-year place.\n'
     'If you do not get the school you want, you can appeal.\n'
     'Your child also stays on the waiting list for the schools you chose.',
     'school place, school admissions, apply for school, primary school, secondary school, '
     'reception, year 7, in-year transfer, school appeal, waiting list, catchment',
     'Schools', 'https://www.eastmere.gov.uk/schools/admissions', date '2026-11-02'),

    ('school-transport', 'Free school transport',
     'Your child may get free transport to school if they live far from their nearest suitable '
     'school. For children aged 8 and over, that is 3 miles or more.',
     E'For children under 8, the distance is 2 miles or more.\n'
     'Some children with special needs or a disability qualify whatever the distance.\n'
     'Families on a low income may get help over shorter distances.\n'
     'Apply online before the school year starts.\n'
     'We usually give a bus pass, or a seat on a school bus.',
     'school transport, school bus, home to school transport, travel to school, send transport, '
     'bus pass for school',
     'Schools', 'https://www.eastmere.gov.uk/schools/transport', date '2026-11-02'),

    -- Adult social care
    ('adult-social-care', 'Help at home for adults (adult social care)',
     'If you, or someone you care for, need help with daily life, call adult social care on 01632 '
     '960400. We talk about what you need and what could help.',
     E'We can help with washing, dressing, meals, getting around and staying safe at home.\n'
     'We start with a free needs assessment.\n'
     'Depending on your money, you may pay towards your care.\n'
     'Equipment and small changes to your home, like grab rails, are often free.\n'
     'If an adult is being abused or neglected, call 01632 960400 now, or 999 in an emergency.',
     'social care, adult social care, care at home, home help, care assessment, needs assessment, '
     'care home, equipment, safeguarding, disabled adult, elderly',
     'Adult social care', 'https://www.eastmere.gov.uk/adult-social-care', date '2026-11-02'),

    ('carers', 'Support for carers',
     'If you look after someone who could not manage without you, you are a carer. You can have a '
     'free carer''s assessment, and Eastmere Carers'' Centre can support you.',
     E'A carer''s assessment looks at what would help you, such as a break.\n'
     'You can have one even if the person you care for does not get help from us.\n'
     'If you care for 35 hours a week or more, you might get Carer''s Allowance from the '
     'government.\n'
     'Tell your GP that you are a carer.\n'
     'Eastmere Carers'' Centre offers advice, groups and a carer''s emergency card.',
     'carer, caring, carers assessment, carers allowance, respite, break, looking after someone, '
     'young carer',
     'Adult social care', 'https://www.eastmere.gov.uk/adult-social-care/carers', date '2026-11-02')
    ON CONFLICT (slug) DO NOTHING;

    -- The signposting directory: partners the advisor can refer or send people to.
    INSERT INTO organisation (name, kind, helps_with, how_to_access, phone, email, website, address,
                              opening_hours, keywords)
    VALUES
    ('Citizens Advice Eastmere', 'advice',
     'Free, independent advice on benefits, debt, housing, work, consumer problems and '
     'immigration. Free benefit checks, and help to claim Universal Credit.',
     'Phone the Adviceline first. Drop in on Tuesday and Thursday mornings at Bridge Street. '
     'Outreach at Millbrook and Saltcote libraries on Fridays; book by phone.',
     '01632 960210', 'advice@citizensadvice-eastmere.example.org',
     'https://citizensadvice-eastmere.example.org', '14 Bridge Street, Eastmere EM1 3QD',
     'Adviceline Mon-Fri 10am to 4pm. Drop-in Tue and Thu 9:30am to 12:30pm',
     'advice, benefit check, debt, money, help to claim, universal credit, employment, consumer, '
     'immigration, cab, citizens advice bureau, form filling'),

    ('Eastmere Foodbank', 'food bank',
     'Three days of emergency food for you and your family. Toiletries and baby items when they '
     'have them.',
     'Referral voucher needed. Council advisors can send an e-referral; GPs, schools, social '
     'workers, Citizens Advice and Jobcentre Plus can give a voucher. Bring it to a session.',
     '01632 960220', 'info@eastmerefoodbank.example.org', 'https://eastmerefoodbank.example.org',
     'Central Methodist Church, Chapel Street, Eastmere EM2 4HB',
     'Tue and Fri 10am to 1pm; Thu 4pm to 7pm',
     'foodbank, food parcel, emergency food, hungry, no food, voucher, referral, toiletries, '
     'eastmere'),

    ('Northgate Community Pantry', 'food bank',
     'A low-cost food shop for members. Pay £4 a visit and choose about £20 of food, including '
     'fresh fruit, vegetables and chilled food.',
     'No referral needed. Join on your first visit; bring proof of your address.',
     '01632 960230', 'pantry@northgatecommunity.example.org',
     'https://northgatecommunity.example.org/pantry',
     'Northgate Community Centre, Hawthorn Road, Northgate EM4 3JX',
     'Mon and Wed 11am to 2pm; Sat 10am to 12 noon',
     'pantry, food pantry, food club, cheap food, low cost food, community shop, foodbank, '
     'membership, northgate'),

    ('Millbrook Community Food Bank', 'food bank',
     'Free food parcels and a hot drink. Pet food and period products too.',
     'Drop in, no referral needed. We ask a few questions so we can help you further.',
     '01632 960240', 'hello@millbrookfoodbank.example.org', 'https://millbrookfoodbank.example.org',
     'St Peter''s Church Hall, Brook Street, Millbrook EM6 2DU',
     'Wed 10am to 12 noon; Sat 10am to 12 noon',
     'foodbank, free food, food parcel, drop in, no referral, pet food, period products, '
     'millbrook'),

    ('Hollins Cross Food Bank', 'food bank',
     'Emergency food parcels for three days, including food for special diets if you tell them.',
     'Referral voucher needed, from any agency that knows you, including council advisors, GPs and '
     'schools. Phone first if you cannot get to a session; they may deliver.',
     '01632 960250',
     'foodbank@hollinscross.example.org', 'https://hollinscross.example.org/foodbank',
     'Methodist Hall, Cross Street, Hollins Cross EM8 1PL',
     'Mon and Thu 1pm to 3pm',
     'foodbank, food parcel, emergency food, voucher, referral, special diet, delivery, hollins '
     'cross'),

    ('Saltcote and Ashby Fen Food Share', 'food bank',
     'Free surplus food from supermarkets: bread, fruit, vegetables and chilled food. Deliveries '
     'for people who cannot travel.',
     'Drop in, no referral needed. For a delivery, phone by Wednesday with your address.',
     '01632 960260', 'share@saltcotefoodshare.example.org', 'https://saltcotefoodshare.example.org',
     'Village Hall, Harbour Street, Saltcote EM9 2QR; also Ashby Fen Library car park on Fridays',
     'Saltcote Tue 2pm to 4pm; Ashby Fen Fri 10am to 12 noon',
     'food share, surplus food, community fridge, foodbank, free food, delivery, rural, saltcote, '
     'ashby fen'),

    ('Jobcentre Plus Eastmere', 'dwp',
     'Universal Credit appointments, looking for work, advance payments and budgeting advances. '
     'Run by the Department for Work and Pensions, not the council.',
     'Claim Universal Credit online first. Appointments are made through your online journal or '
     'the Universal Credit helpline. Go in only if you have an appointment.',
     '0800 328 5644', '', 'https://www.gov.uk/universal-credit',
     'Jobcentre Plus, Station Road, Eastmere EM1 5TS',
     'Mon-Fri 9am to 5pm',
     'jobcentre, job centre, dwp, universal credit, uc, work coach, job search, jobseekers, '
     'advance payment, sanction, journal, benefits'),

    ('NHS 111', 'nhs',
     'Urgent medical help and advice when it is not a 999 emergency. They can book you into urgent '
     'care, an out-of-hours GP or a pharmacist.',
     'Call 111 free from any phone, or go to 111.nhs.uk. For a life-threatening emergency, call '
     '999.',
     '111', '', 'https://111.nhs.uk', '',
     '24 hours a day, every day',
     'nhs 111, urgent care, medical advice, doctor, out of hours, ill, symptoms, health, '
     'emergency, a&e'),

    ('NHS Eastmere GP and Dentist Help Desk', 'nhs',
     'Help registering with a GP or an NHS dentist. Anyone can register with a GP: you do not need '
     'proof of address, ID or immigration status.',
     'Phone or email. They tell you which practices near you are taking new patients. You can also '
     'register with a GP online.',
     '01632 960270', 'primarycare@nhs-eastmere.example.org', 'https://nhs-eastmere.example.org',
     'Eastmere Health Centre, Park Road, Eastmere EM3 2NE',
     'Mon-Fri 8:30am to 5pm',
     'gp, doctor, register with a doctor, gp registration, dentist, nhs dentist, surgery, health '
     'centre, new patient'),

    ('Eastmere Talking Therapies (NHS)', 'mental health',
     'Free talking therapy for adults with anxiety, depression, stress, low mood or panic.',
     'Refer yourself online or by phone. You do not need to see your GP first.',
     '01632 960280', 'talkingtherapies@nhs-eastmere.example.org',
     'https://nhs-eastmere.example.org/talking-therapies',
     'Eastmere Health Centre, Park Road, Eastmere EM3 2NE',
     'Mon-Fri 9am to 5pm; some evening appointments',
     'mental health, counselling, therapy, anxiety, depression, stress, low mood, cbt, talking '
     'therapies, nhs'),

    ('Samaritans', 'mental health',
     'Someone to talk to, any time, about anything that is troubling you, including thoughts of '
     'suicide.',
     'Call free on 116 123 from any phone. You do not have to give your name.',
     '116 123', '', 'https://www.samaritans.org', '',
     '24 hours a day, every day',
     'samaritans, suicide, suicidal, crisis, someone to talk to, listening, despair, emotional '
     'support, helpline'),

    ('Eastmere Wellbeing Hub', 'mental health',
     'A safe, friendly place to go in a mental health crisis in the evening. Peer support groups '
     'in the daytime.',
     'Drop in, no referral needed. Phone first if you would like someone to meet you.',
     '01632 960290', 'hub@eastmerewellbeing.example.org', 'https://eastmerewellbeing.example.org',
     '9 Nelson Street, Eastmere EM2 6LW',
     'Crisis cafe every day 6pm to 11pm; groups Mon-Fri 10am to 4pm',
     'mental health, crisis cafe, safe haven, wellbeing, peer support, loneliness, anxiety, '
     'depression, drop in'),

    ('Safer Homes Eastmere', 'domestic abuse',
     'Support for anyone facing domestic abuse, whatever their gender: safety planning, refuge '
     'places, help with court orders and housing.',
     'Phone, or an advisor can refer you with your consent. If you are in danger now, call 999. If '
     'you cannot speak, call 999 and press 55 when asked.',
     '01632 960310', 'help@saferhomes-eastmere.example.org',
     'https://saferhomes-eastmere.example.org', 'Confidential address',
     'Mon-Fri 9am to 5pm. Out of hours: National Domestic Abuse Helpline 0808 2000 247',
     'domestic abuse, domestic violence, abusive partner, refuge, coercive control, idva, safety, '
     'fleeing, controlling'),

    ('National Domestic Abuse Helpline', 'domestic abuse',
     'Free, confidential support for women facing domestic abuse, and for people worried about '
     'someone. They can find a refuge space.',
     'Call free, or use the live chat on the website.',
     '0808 2000 247', '', 'https://www.nationaldahelpline.org.uk', '',
     '24 hours a day, every day',
     'domestic abuse, domestic violence, refuge, helpline, women, abusive partner, national '
     'helpline'),

    ('StepChange Debt Charity', 'debt',
     'Free debt advice and ways to deal with debt, such as debt management plans, breathing space '
     'and insolvency options.',
     'Phone, or use the online debt advice tool on the website. No referral needed.',
     '0800 138 1111', '', 'https://www.stepchange.org', '',
     'See the website for phone times',
     'debt, debts, owe money, debt advice, debt management plan, dmp, iva, bankruptcy, debt relief '
     'order, breathing space, creditors, bailiffs'),

    ('National Debtline', 'debt',
     'Free, confidential debt advice by phone and online, including help with priority debts like '
     'council tax, rent and energy.',
     'Phone or use the online tools. No referral needed.',
     '0808 808 4000', '', 'https://www.nationaldebtline.org', '',
     'See the website for phone times',
     'debt, debts, debt advice, arrears, priority debts, council tax arrears, bailiffs, budgeting, '
     'money advice'),

    ('Shelter', 'housing',
     'Free, expert housing advice: eviction, repairs, homelessness, deposits and problems with '
     'landlords.',
     'Call the free helpline or use the web chat. If you are homeless tonight, contact the '
     'council''s Housing Options team too.',
     '0808 800 4444', '', 'https://www.shelter.org.uk', '',
     'See the website for helpline times',
     'housing advice, eviction, homeless, landlord, tenant rights, repairs, deposit, shelter'),

    ('Open Door Eastmere', 'housing',
     'A day centre for people sleeping rough or without a home: breakfast, showers, laundry, a '
     'postal address and help to find housing. A night shelter in winter.',
     'Drop in, no referral needed. For a night shelter bed, come to the day centre before 3pm or '
     'ask the outreach team.',
     '01632 960320', 'info@opendoor-eastmere.example.org', 'https://opendoor-eastmere.example.org',
     'The Old Chapel, Clarence Street, Eastmere EM1 7RA',
     'Day centre every day 8am to 3pm; night shelter 1 November to 31 March',
     'homeless, rough sleeping, sleeping rough, day centre, night shelter, showers, breakfast, '
     'laundry, street outreach, no fixed abode'),

    ('Eastmere Foyer', 'housing',
     'Supported housing for young people aged 16 to 25 who are homeless or at risk, with help into '
     'education, training and work.',
     'Referral from the council''s Housing Options team or children''s services. Young people can '
     'phone for advice first.',
     '01632 960330', 'hello@eastmerefoyer.example.org', 'https://eastmerefoyer.example.org',
     'Foyer House, Kingsway, Eastmere EM3 5PB',
     'Staffed 24 hours; office Mon-Fri 9am to 5pm',
     'young people, youth housing, supported housing, homeless young person, care leaver, hostel, '
     'foyer'),

    ('Eastmere Carers'' Centre', 'carers',
     'Support for unpaid carers of any age: advice, help with carer''s assessments, breaks, '
     'support groups, an emergency card, and a young carers'' group.',
     'Phone or drop in. You can refer yourself; professionals can refer you with your consent.',
     '01632 960340', 'support@eastmerecarers.example.org', 'https://eastmerecarers.example.org',
     '22 Victoria Road, Eastmere EM2 3HP',
     'Mon-Fri 9am to 5pm; drop-in Wed 10am to 1pm',
     'carer, carers, unpaid carer, young carer, respite, break, carers card, carers allowance, '
     'looking after someone'),

    ('Age Well Eastmere', 'older people',
     'Advice and support for people over 60 and their families: benefit checks including Pension '
     'Credit and Attendance Allowance, befriending, lunch clubs and a handyperson service.',
     'Phone the advice line. Home visits for people who cannot get out.',
     '01632 960350', 'advice@agewell-eastmere.example.org', 'https://agewell-eastmere.example.org',
     'Age Well Centre, York Road, Eastmere EM1 8DN',
     'Mon-Fri 9:30am to 4:30pm',
     'older people, elderly, pensioner, over 60, pension credit, attendance allowance, '
     'befriending, lonely, lunch club, handyperson, later life'),

    ('Eastmere Credit Union', 'credit union',
     'Savings accounts and fair loans for people who live or work in Eastmere, including people '
     'with a poor credit history. An alternative to payday lenders and doorstep loans.',
     'Join online or at the branch with ID and proof of address. Loans are easier once you have '
     'saved for a few weeks.',
     '01632 960360', 'hello@eastmerecu.example.org', 'https://eastmerecu.example.org',
     '3 Queen Street, Eastmere EM1 2QG',
     'Mon-Fri 10am to 4pm; Sat 10am to 12 noon',
     'credit union, loan, borrow money, savings, affordable loan, payday loan, loan shark, '
     'doorstep lender, bad credit'),

    ('Warm Homes Eastmere', 'energy',
     'Free, impartial energy advice: lower bills, tariffs, prepayment meter problems, grants for '
     'insulation and heating, and the Priority Services Register.',
     'Phone the advice line or book a home visit. Drop in at Eastmere Central Library on Thursday '
     'mornings.',
     '01632 960370', 'advice@warmhomes-eastmere.example.org',
     'https://warmhomes-eastmere.example.org',
     'Unit 4, Mill Lane, Eastmere EM2 1TA',
     'Mon-Fri 9am to 5pm; library drop-in Thu 10am to 1pm',
     'energy advice, fuel poverty, heating, gas, electricity, energy bills, prepayment meter, '
     'insulation, boiler, grants, warm home discount, priority services register, cold home'),

    ('Eastmere Refugee and Migrant Centre', 'refugees',
     'Advice and support for refugees, asylum seekers and migrants: immigration advice, asylum '
     'support, housing, English classes and social groups.',
     'Drop in on Monday or Wednesday, or phone to book. Interpreters for many languages; say which '
     'language when you call.',
     '01632 960380', 'welcome@eastmererefugees.example.org',
     'https://eastmererefugees.example.org',
     'The Welcome Centre, Albert Road, Eastmere EM3 4FS',
     'Drop-in Mon and Wed 10am to 3pm; phone Mon-Fri 9am to 5pm',
     'refugee, asylum, asylum seeker, migrant, immigration, eu settlement scheme, visa, home '
     'office, interpreter, resettlement'),

    ('Eastmere Adult Learning (English classes)', 'language',
     'English classes (ESOL) from beginner to advanced, plus maths, computer skills and help '
     'getting ready for the citizenship test.',
     'Book an assessment by phone, or come to an enrolment session. Classes are free for most '
     'people on a low income.',
     '01632 960390', 'esol@eastmerelearning.example.org', 'https://eastmerelearning.example.org',
     'Adult Learning Centre, Priory Road, Eastmere EM2 5JN; classes also at Northgate and '
     'Millbrook libraries',
     'Enrolment Tue 10am to 12 noon and Thu 5pm to 7pm; classes in the day and evening',
     'esol, english classes, learn english, english lessons, language classes, adult learning, '
     'adult education, courses, citizenship test, interpreting'),

    ('Eastmere Youth Zone', 'youth',
     'A youth centre for young people aged 8 to 19, or up to 25 with a disability: sport, music, '
     'cooking, mentoring and youth workers to talk to.',
     'Drop in. Free to join and free to use.',
     '01632 960410', 'hello@eastmereyouthzone.example.org', 'https://eastmereyouthzone.example.org',
     'Riverside Walk, Millbrook EM10 3AG',
     'Mon-Fri 3pm to 9pm; Sat and Sun 12 noon to 5pm',
     'youth club, youth centre, young people, teenagers, kids, activities, youth worker, sports, '
     'after school, holiday club'),

    ('Eastmere Veterans'' Hub', 'veterans',
     'Support for armed forces veterans and their families: housing, benefits, war pensions, work, '
     'mental health and a weekly breakfast club.',
     'Drop in to the breakfast club, or phone. Ask about the Armed Forces Covenant: veterans may '
     'get extra priority for housing.',
     '01632 960420', 'hub@eastmereveterans.example.org', 'https://eastmereveterans.example.org',
     'Drill Hall, Castle Street, Eastmere EM1 4DZ',
     'Breakfast club Sat 9am to 11am; phone Mon-Fri 10am to 2pm',
     'veterans, ex-forces, armed forces, ex-service, army, navy, raf, military, armed forces '
     'covenant, war pension'),

    ('Eastmere Furniture Reuse', 'reuse',
     'Low-cost second-hand furniture and white goods for people on a low income. Free collection '
     'of good furniture you no longer need.',
     'The shop is open to everyone; discounts with a referral from the council or a support '
     'worker. Phone to book a free collection.',
     '01632 960430', 'shop@eastmerereuse.example.org', 'https://eastmerereuse.example.org',
     'Unit 2, Foundry Lane, Millbrook EM6 5WE',
     'Tue-Sat 10am to 4pm',
     'second hand furniture, white goods, beds, sofa, fridge, cooker, reuse, donate furniture, '
     'furniture bank, cheap furniture'),

    ('Eastmere Community Transport', 'transport',
     'Door-to-door minibus and car journeys for people who cannot use ordinary buses because of '
     'age, disability or where they live: shopping, appointments and trips. Bus passes cannot be '
     'used.',
     'Register by phone first, then book each journey at least two working days ahead.',
     '01632 960440', 'bookings@eastmerect.example.org', 'https://eastmerect.example.org',
     'The Depot, Bank Road, Ashby Fen EM7 2HS',
     'Bookings Mon-Fri 9am to 3pm; journeys Mon-Sat',
     'community transport, dial a ride, minibus, door to door, disabled transport, hospital '
     'transport, rural transport, shopping bus')
    ON CONFLICT (name) DO NOTHING;

    -- Places the public asks about (TOWNHALL, LIB-NORTHGATE and CONTACT come from demo_book).
    INSERT INTO place (code, name, kind, address, phone, keywords)
    VALUES
    ('LIB-EASTMERE', 'Eastmere Central Library', 'library',
     'Central Library, 22 Queen Street, Eastmere EM1 2LB', '01632 960124',
     'library books borrow computers printing wifi warm space study local history children sunday'),
    ('LIB-MILLBROOK', 'Millbrook Library', 'library',
     'Canal Street, Millbrook EM6 4DQ', '01632 960125',
     'library books borrow computers printing wifi warm space'),
    ('LIB-ASHBYFEN', 'Ashby Fen Library', 'library',
     'Fen Road, Ashby Fen EM7 1HT', '01632 960126',
     'library books borrow computers printing wifi warm space'),
    ('LIB-HOLLINS', 'Hollins Cross Library', 'library',
     'Cross Street, Hollins Cross EM8 2RN', '01632 960127',
     'library books borrow computers printing wifi warm space'),
    ('LIB-SALTCOTE', 'Saltcote Library', 'library',
     'Harbour Street, Saltcote EM9 3PW', '01632 960128',
     'library books borrow computers printing wifi warm space'),
    ('HWRC-WHARF', 'Wharf Road Recycling Centre', 'recycling_centre',
     'Wharf Road, Millbrook EM10 5GS', '',
     'tip dump recycling household waste site hwrc skip furniture electricals garden waste rubble'),
    ('HWRC-DROVE', 'Drove Road Recycling Centre', 'recycling_centre',
     'Drove Road, Ashby Fen EM7 4NX', '',
     'tip dump recycling household waste site hwrc skip furniture electricals garden waste rubble'),
    ('REGISTER', 'Eastmere Register Office', 'office',
     'The Old Courthouse, Castle Street, Eastmere EM1 4DX', '01632 960100',
     'registrar registry office births deaths marriages civil partnerships certificates weddings '
     'ceremonies')
    ON CONFLICT (code) DO NOTHING;

    INSERT INTO opening_time (place_id, weekday, opens, closes)
    SELECT p.id, v.weekday, v.opens::time, v.closes::time
    FROM (VALUES
        ('LIB-EASTMERE', 1, '09:00', '19:00'), ('LIB-EASTMERE', 2, '09:00', '19:00'),
        ('LIB-EASTMERE', 3, '09:00', '17:00'), ('LIB-EASTMERE', 4, '09:00', '19:00'),
        ('LIB-EASTMERE', 5, '09:00', '17:00'), ('LIB-EASTMERE', 6, '09:00', '17:00'),
        ('LIB-EASTMERE', 7, '11:00', '15:00'),
        ('LIB-MILLBROOK', 1, '09:30', '17:00'), ('LIB-MILLBROOK', 2, '09:30', '17:00'),
        ('LIB-MILLBROOK', 4, '09:30', '19:00'), ('LIB-MILLBROOK', 5, '09:30', '17:00'),
        ('LIB-MILLBROOK', 6, '09:30', '13:00'),
        ('LIB-ASHBYFEN', 1, '10:00', '13:00'), ('LIB-ASHBYFEN', 1, '14:00', '17:00'),
        ('LIB-ASHBYFEN', 3, '10:00', '13:00'), ('LIB-ASHBYFEN', 3, '14:00', '17:00'),
        ('LIB-ASHBYFEN', 5, '10:00', '13:00'), ('LIB-ASHBYFEN', 5, '14:00', '17:00'),
        ('LIB-ASHBYFEN', 6, '10:00', '12:30'),
        ('LIB-HOLLINS', 2, '10:00', '13:00'), ('LIB-HOLLINS', 2, '14:00', '18:00'),
        ('LIB-HOLLINS', 4, '10:00', '13:00'), ('LIB-HOLLINS', 4, '14:00', '18:00'),
        ('LIB-HOLLINS', 6, '10:00', '13:00'),
        ('LIB-SALTCOTE', 1, '10:00', '13:00'), ('LIB-SALTCOTE', 1, '14:00', '17:00'),
        ('LIB-SALTCOTE', 2, '14:00', '18:00'),
        ('LIB-SALTCOTE', 4, '10:00', '13:00'), ('LIB-SALTCOTE', 4, '14:00', '17:00'),
        ('LIB-SALTCOTE', 5, '10:00', '13:00'), ('LIB-SALTCOTE', 5, '14:00', '17:00'),
        ('LIB-SALTCOTE', 6, '10:00', '13:00'),
        ('HWRC-WHARF', 1, '08:00', '16:00'), ('HWRC-WHARF', 2, '08:00', '16:00'),
        ('HWRC-WHARF', 3, '08:00', '16:00'), ('HWRC-WHARF', 4, '08:00', '16:00'),
        ('HWRC-WHARF', 5, '08:00', '16:00'), ('HWRC-WHARF', 6, '08:00', '16:00'),
        ('HWRC-WHARF', 7, '08:00', '16:00'),
        ('HWRC-DROVE', 1, '09:00', '16:00'), ('HWRC-DROVE', 2, '09:00', '16:00'),
        ('HWRC-DROVE', 3, '09:00', '16:00'), ('HWRC-DROVE', 4, '09:00', '16:00'),
        ('HWRC-DROVE', 5, '09:00', '16:00'), ('HWRC-DROVE', 6, '08:00', '16:00'),
        ('HWRC-DROVE', 7, '08:00', '16:00'),
        ('REGISTER', 1, '09:00', '16:30'), ('REGISTER', 2, '09:00', '16:30'),
        ('REGISTER', 3, '09:00', '16:30'), ('REGISTER', 4, '09:00', '16:30'),
        ('REGISTER', 5, '09:00', '16:30')
    ) AS v (code, weekday, opens, closes)
    JOIN place p ON p.code = v.code
    ON CONFLICT DO NOTHING;

    INSERT INTO place_closure (place_id, on_date, reason)
    SELECT p.id, date '2026-12-10', 'Refurbishment: new carpets and shelves'
    FROM place p WHERE p.code = 'LIB-MILLBROOK'
    ON CONFLICT DO NOTHING;

    -- Bin collections: the four streams, then 30 rounds (see the top of this file).
    INSERT INTO collection_stream (code, name, container, position)
    VALUES ('refuse', 'General waste', 'black bin', 1),
           ('recycling', 'Recycling', 'blue bin', 2),
           ('food', 'Food waste', 'food caddy', 3),
           ('garden', 'Garden waste', 'brown bin', 4)
    ON CONFLICT (code) DO NOTHING;

    INSERT INTO collection_round (code, stream, weekday, every_weeks, first_date)
    SELECT r.prefix || '-' || d.day || r.week, r.stream, d.weekday, r.every_weeks,
           r.monday + (d.weekday - 1)
    FROM (VALUES
        (1, 'REF', 'refuse', '-A', 2, date '2026-11-02'),
        (2, 'REF', 'refuse', '-B', 2, date '2026-11-09'),
        (3, 'REC', 'recycling', '-A', 2, date '2026-11-02'),
        (4, 'REC', 'recycling', '-B', 2, date '2026-11-09'),
        (5, 'FOOD', 'food', '', 1, date '2026-11-02'),
        (6, 'GDN', 'garden', '-B', 2, date '2026-11-09')
    ) AS r (ord, prefix, stream, week, every_weeks, monday)
    CROSS JOIN (VALUES (1, 'MON'), (2, 'TUE'), (3, 'WED'), (4, 'THU'), (5, 'FRI'))
        AS d (weekday, day)
    ORDER BY r.ord, d.weekday
    ON CONFLICT (code) DO NOTHING;

    -- Each street: one round of each stream, unless it already has one of that stream.
    WITH numbered AS (
        SELECT id, (row_number() OVER (ORDER BY id) - 1)::integer AS n FROM street
    ),
    placed AS (
        SELECT id, (ARRAY['MON', 'TUE', 'WED', 'THU', 'FRI'])[n / 4 % 5 + 1] AS day,
               n / 20 % 2 = 0 AS refuse_in_a
        FROM numbered
    ),
    wanted AS (
        SELECT p.id AS street_id, w.stream, w.code
        FROM placed p
        CROSS JOIN LATERAL (VALUES
            ('refuse', 'REF-' || p.day || CASE WHEN p.refuse_in_a THEN '-A' ELSE '-B' END),
            ('recycling', 'REC-' || p.day || CASE WHEN p.refuse_in_a THEN '-B' ELSE '-A' END),
            ('food', 'FOOD-' || p.day),
            ('garden', 'GDN-' || p.day || '-B')
        ) AS w (stream, code)
    )
    INSERT INTO street_round (street_id, round_id)
    SELECT w.street_id, r.id
    FROM wanted w
    JOIN collection_round r ON r.code = w.code
    WHERE NOT EXISTS (SELECT 1 FROM street_round sr
                      JOIN collection_round cr ON cr.id = sr.round_id
                      WHERE sr.street_id = w.street_id AND cr.stream = w.stream)
    ORDER BY w.street_id, r.id
    ON CONFLICT DO NOTHING;
END
$$;
