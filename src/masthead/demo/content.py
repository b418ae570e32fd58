"""Demo content for Masthead: the fictional exile newsroom *The Verenia Chronicle*.

Everything in this module is invented for the demo. The Republic of Verenia (capital Aldmark),
its neighbours Kaldoria, Lethia and Vessland, the Amber Compact, every politician, official,
company, agency, photographer and wire service named here are fictional. Any resemblance to
real people or organisations is unintended.

Plain Python data only: no Django imports. The loader reads the module-level constants below.
Paragraph HTML uses only <b>, <i> and <a href="https://example.org/..."> tags; fact boxes may
also use <p>, <ul> and <li>. All links point at example.org / example.com.
"""

from __future__ import annotations

PUBLICATION_NAME = "The Verenia Chronicle"

DONATION_URL = "https://example.org/donate"

SOCIAL_CHANNELS = [
    {"name": "Telegram", "url": "https://t.me/examplenewsroom"},
    {"name": "Mastodon", "url": "https://mastodon.example/@chronicle"},
    {"name": "YouTube", "url": "https://example.com/video/verenia-chronicle"},
    {"name": "WhatsApp", "url": "https://example.com/whatsapp/verenia-chronicle"},
]

SECTIONS = [
    {
        "slug": "news",
        "title": "News",
        "intro": "Reporting from Verenia and the region, checked twice and published once.",
        "children": [
            {
                "slug": "politics",
                "title": "Politics",
                "intro": "Power in Aldmark: the presidency, the State Assembly, the courts and "
                "the people who still oppose them.",
            },
            {
                "slug": "world",
                "title": "World",
                "intro": "Kaldoria, Lethia, Vessland and the wider region, seen from a newsroom "
                "that knows what a border means.",
            },
            {
                "slug": "economy",
                "title": "Economy",
                "intro": "Wages, prices, ports and power plants: the economy as Verenians live it.",
            },
        ],
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "intro": "Argument from our editors, columnists and guests, clearly labelled as such.",
        "children": [],
    },
    {
        "slug": "culture",
        "title": "Culture",
        "intro": "Books, stage, film and music from Verenian artists at home and in exile.",
        "children": [],
    },
    {
        "slug": "science",
        "title": "Science",
        "intro": "Climate, health and research, explained without hype and without fear.",
        "children": [],
    },
]

AUTHORS = [
    {
        "slug": "tomas-reinholt",
        "name": "Tomas Reinholt",
        "role": "Editor-in-chief",
        "bio": "Tomas Reinholt co-founded the Chronicle in Aldmark in 2011 and led its move to "
        "Rivenholm in 2023. Before that he spent twelve years as a court reporter. He edits the "
        "weekend edition and writes the occasional editorial.",
    },
    {
        "slug": "anna-keller",
        "name": "Anna Keller",
        "role": "Political correspondent",
        "bio": "Anna Keller covers the presidency, the State Assembly and the opposition. She "
        "reported from parliament's press gallery until her accreditation was withdrawn in "
        "2023 and now works from Rivenholm with a network of sources in Aldmark.",
    },
    {
        "slug": "mira-solberg",
        "name": "Mira Solberg",
        "role": "World editor",
        "bio": "Mira Solberg edits the World section and writes about Kaldoria, Lethia and the "
        "Amber Compact. She studied history in Selvo and has reported from every border crossing "
        "in the region.",
    },
    {
        "slug": "jonas-pell",
        "name": "Jonas Pell",
        "role": "Economics correspondent",
        "bio": "Jonas Pell writes about money, work and energy. He worked as an analyst at a "
        "Kessmar shipping firm before turning to journalism, and still reads port statistics "
        "for pleasure.",
    },
    {
        "slug": "katya-dorn",
        "name": "Katya Dorn",
        "role": "Investigations reporter",
        "bio": "Katya Dorn leads the Chronicle's investigations into public procurement and the "
        "security services. Her reporting on the Halvik mining contracts was shortlisted for "
        "the Northern Press Prize.",
    },
    {
        "slug": "irina-vell",
        "name": "Irina Vell",
        "role": "Regional correspondent",
        "bio": "Irina Vell reports from Dravny, Halvik and the eastern provinces. Irina Vell is a "
        "pen name used to protect the reporter and her family; the editors know her identity.",
    },
    {
        "slug": "lidia-marek",
        "name": "Lidia Marek",
        "role": "Culture editor",
        "bio": "Lidia Marek writes about theatre, books and film. She ran the literary pages of "
        "the Selvo Courier for nine years and translates poetry from Lethian.",
    },
    {
        "slug": "erik-vass",
        "name": "Erik Vass",
        "role": "Science writer",
        "bio": "Erik Vass trained as a marine biologist and covers climate, health and research. "
        "He is especially interested in the Grey Gulf, where he spent four summers counting "
        "seals.",
    },
    {
        "slug": "samuel-achterberg",
        "name": "Samuel Achterberg",
        "role": "Opinion editor",
        "bio": "Samuel Achterberg edits the Opinion section and writes a fortnightly column. He "
        "taught political philosophy at Aldmark University until 2022.",
    },
    {
        "slug": "felix-amund",
        "name": "Felix Amund",
        "role": "Data reporter",
        "bio": "Felix Amund builds the Chronicle's charts, databases and surveys. He believes "
        "every number deserves a footnote and every footnote deserves a source.",
    },
]

EDITOR_IN_CHIEF = "tomas-reinholt"

TOPICS = [
    {
        "slug": "elections",
        "title": "Elections",
        "description": "Campaigns, ballots, counts and the rules that shape them.",
    },
    {
        "slug": "press-freedom",
        "title": "Press freedom",
        "description": "The state of independent journalism in Verenia and the region.",
    },
    {
        "slug": "energy",
        "title": "Energy",
        "description": "Gas, power, tariffs and the politics of keeping the lights on.",
    },
    {
        "slug": "border-security",
        "title": "Border and security",
        "description": "Troops, checkpoints and life along Verenia's eastern frontier.",
    },
    {
        "slug": "courts",
        "title": "Courts and justice",
        "description": "Trials, verdicts and the independence of Verenian judges.",
    },
    {
        "slug": "climate",
        "title": "Climate",
        "description": "How a warming climate is changing the Gulf, the mountains and the farms.",
    },
    {
        "slug": "diaspora",
        "title": "Exile and diaspora",
        "description": "The hundreds of thousands of Verenians who now live abroad.",
    },
    {
        "slug": "labour",
        "title": "Work and labour",
        "description": "Wages, strikes and the people who keep the economy running.",
    },
    {
        "slug": "corruption",
        "title": "Corruption",
        "description": "Follow-the-money reporting on public contracts and private fortunes.",
    },
    {
        "slug": "health",
        "title": "Health",
        "description": "Hospitals, vaccines and public health across the country.",
    },
    {
        "slug": "technology",
        "title": "Technology",
        "description": "Software, surveillance and the people who build both.",
    },
]

# Scene dicts are the input of masthead.demo.artwork.draw_photo(). Colours are RGB lists.
_LETHIA_FLAG = [[34, 70, 150], [236, 236, 236], [176, 30, 48]]
_COMPACT_FLAG = [[30, 60, 130], [214, 170, 60]]
_CIVIC_FLAG = [[232, 118, 34], [244, 240, 232]]

PHOTOS = [
    {
        "key": "aldmark-assembly-dusk",
        "title": "The State Assembly at dusk",
        "caption": "The State Assembly building on Republic Square in Aldmark, where deputies are "
        "due to vote on the constitutional amendment.",
        "alt_text": "A domed neoclassical parliament building with a columned portico, lit warmly "
        "against a purple evening sky.",
        "agencies": ["NORDPRESS"],
        "photographer": "Ilse Marten",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "parliament", "time": "dusk", "palette": "warm"},
    },
    {
        "key": "aldmark-assembly-day",
        "title": "Republic Square, Aldmark",
        "caption": "File photo: the State Assembly on an overcast afternoon, 14 October 2025.",
        "alt_text": "A wide parliament building with a green dome and a flag on top, seen across "
        "a paved square with a few pedestrians.",
        "agencies": ["NORDPRESS", "EastLens"],
        "photographer": "Jorund Aas",
        "source": "",
        "licence_note": "Editorial use only. No archiving.",
        "scene": {"kind": "parliament", "time": "day", "palette": "neutral"},
    },
    {
        "key": "aldmark-assembly-night",
        "title": "Assembly lights on late",
        "caption": "Lights burn late in the State Assembly as the budget committee sits past "
        "midnight.",
        "alt_text": "The parliament building at night, its windows and portico floodlit in "
        "yellow, under a dark starry sky.",
        "agencies": ["EastLens"],
        "photographer": "Sabine Kroll",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "parliament", "time": "night", "palette": "cool"},
    },
    {
        "key": "presidential-briefing",
        "title": "President Vorlund at the lectern",
        "caption": "President Aurel Vorlund speaks to selected reporters at the presidential "
        "palace in Aldmark.",
        "alt_text": "A man in a dark suit at a lectern flanked by green, white and ochre flags, "
        "with the blurred heads of photographers in the foreground.",
        "agencies": ["Amber Wire Photo"],
        "photographer": "Oskar Bremer",
        "source": "PRESIDENTIAL POOL",
        "licence_note": "Pool photo. Editorial use only, mandatory credit.",
        "scene": {"kind": "podium", "palette": "cool", "variant": 1},
    },
    {
        "key": "civic-alliance-briefing",
        "title": "Civic Alliance press conference",
        "caption": "Civic Alliance officials address reporters after the Central Electoral Board "
        "ruling.",
        "alt_text": "A speaker at a wooden lectern in front of a dark red backdrop with orange "
        "and white party flags on poles.",
        "agencies": ["Kestrel Images"],
        "photographer": "Hanne Ruud",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "podium", "palette": "warm", "flag": _CIVIC_FLAG},
    },
    {
        "key": "finance-ministry-briefing",
        "title": "Finance ministry briefing",
        "caption": "A finance ministry official presents the draft budget to reporters in Aldmark.",
        "alt_text": "An official in a suit at a grey lectern in a muted briefing room, flags "
        "hanging on both sides.",
        "agencies": ["NORDPRESS"],
        "photographer": "Ilse Marten",
        "source": "POOL / MINISTRY OF FINANCE",
        "licence_note": "Pool photo. Editorial use only.",
        "scene": {"kind": "podium", "palette": "muted"},
    },
    {
        "key": "compact-summit-podium",
        "title": "Amber Compact summit",
        "caption": "The closing news conference of the Amber Compact summit in the Lethian "
        "capital, Castra.",
        "alt_text": "A speaker at a lectern in front of a blue backdrop with blue and gold flags.",
        "agencies": ["Gulfline Pictures", "Amber Wire Photo"],
        "photographer": "Lukas Ferre",
        "source": "POOL",
        "licence_note": "Pool photo. Editorial use only.",
        "scene": {"kind": "podium", "palette": "cool", "flag": _COMPACT_FLAG, "variant": 2},
    },
    {
        "key": "aldmark-skyline-dusk",
        "title": "Aldmark from the river",
        "caption": "The towers of Aldmark's business district reflected in the river Ost at "
        "sunset.",
        "alt_text": "A city skyline with lit office windows at sunset, reflected in calm water.",
        "agencies": ["EastLens"],
        "photographer": "Tarik Elmas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "skyline", "time": "dusk", "palette": "warm"},
    },
    {
        "key": "aldmark-skyline-night",
        "title": "Aldmark after dark",
        "caption": "Office towers in central Aldmark; several of the city's software firms have "
        "moved staff abroad since 2023.",
        "alt_text": "A dense skyline at night with hundreds of lit windows and red aircraft "
        "warning lights, mirrored in a river.",
        "agencies": ["EastLens", "NORDPRESS"],
        "photographer": "Tarik Elmas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "skyline", "time": "night", "palette": "cool"},
    },
    {
        "key": "rivenholm-morning",
        "title": "Morning in Rivenholm",
        "caption": "Rivenholm, the Vessland capital, where an estimated 60,000 Verenians now live.",
        "alt_text": "A city waterfront at dawn under a pink and orange sky, with towers "
        "reflected in the harbour.",
        "agencies": ["Kestrel Images"],
        "photographer": "Vera Lindqvist",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "skyline", "time": "dawn", "palette": "neutral"},
    },
    {
        "key": "kessmar-port-day",
        "title": "Kessmar container terminal",
        "caption": "Gantry cranes at the Kessmar Container Terminal, Verenia's largest port.",
        "alt_text": "Red gantry cranes and stacks of coloured containers beside a large cargo "
        "ship on a sunny day, reflected in the harbour.",
        "agencies": ["Gulfline Pictures"],
        "photographer": "Dmitri Sallas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "harbour", "time": "day", "palette": "neutral"},
    },
    {
        "key": "kessmar-port-night",
        "title": "Night shift at Kessmar",
        "caption": "Dockworkers on the night shift at Kessmar, the subject of the documentary "
        "“Twelve Hours of Salt”.",
        "alt_text": "Port cranes lit by orange lamps at night above a container ship, with the "
        "lights reflected in dark water.",
        "agencies": ["Open Frame Collective"],
        "photographer": "Noor Haddad",
        "source": "",
        "licence_note": "Editorial use only. Courtesy of the filmmakers.",
        "scene": {"kind": "harbour", "time": "night", "palette": "cool"},
    },
    {
        "key": "kessmar-port-dusk",
        "title": "Evening on the Grey Gulf",
        "caption": "A container ship waits at the Kessmar quay as the sun sets over the Grey Gulf.",
        "alt_text": "Blue port cranes and a loaded container ship silhouetted against an orange "
        "sunset, reflected in rippled water.",
        "agencies": ["Gulfline Pictures"],
        "photographer": "Dmitri Sallas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {
            "kind": "harbour",
            "time": "dusk",
            "palette": "warm",
            "accent": [52, 96, 150],
        },
    },
    {
        "key": "freedom-square-rally",
        "title": "Rally on Freedom Square",
        "caption": "Opposition supporters gather on Freedom Square in Aldmark before the "
        "amendment vote.",
        "alt_text": "A large crowd holding green, white and ochre flags and blank placards in a "
        "square lined with old townhouses.",
        "agencies": ["NORDPRESS"],
        "photographer": "Jorund Aas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "crowd", "time": "day", "palette": "neutral"},
    },
    {
        "key": "assembly-candle-vigil",
        "title": "Evening vigil",
        "caption": "Protesters light flares during an evening vigil in central Aldmark.",
        "alt_text": "A dense crowd at night, silhouetted against lit windows, with red flares "
        "glowing among raised flags.",
        "agencies": ["EastLens"],
        "photographer": "Sabine Kroll",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "crowd", "time": "night", "palette": "warm"},
    },
    {
        "key": "dravny-rally-dusk",
        "title": "Campaign rally in Dravny",
        "caption": "Voters attend a municipal campaign rally in Dravny, near the Kaldorian border.",
        "alt_text": "A crowd with flags in a town square at dusk, lights coming on in the "
        "windows behind them.",
        "agencies": ["Kestrel Images"],
        "photographer": "Hanne Ruud",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "crowd", "time": "dusk", "palette": "muted"},
    },
    {
        "key": "lethia-victory-rally",
        "title": "Celebrations in Castra",
        "caption": "Supporters of Lethia's reformist coalition celebrate in Castra after the "
        "recount.",
        "alt_text": "A crowd waving blue, white and red flags under a bright sky in a city square.",
        "agencies": ["Gulfline Pictures"],
        "photographer": "Lukas Ferre",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "crowd", "time": "day", "palette": "vivid", "flag": _LETHIA_FLAG},
    },
    {
        "key": "halvik-valley-summer",
        "title": "The Halvik valley",
        "caption": "Farmland below the Halvik range, where the Brenna glacier once reached the "
        "valley floor.",
        "alt_text": "A patchwork of green and golden fields under a blue sky with snow-capped "
        "mountains on the horizon.",
        "agencies": ["Open Frame Collective"],
        "photographer": "Vera Lindqvist",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "landscape", "time": "day", "season": "summer"},
    },
    {
        "key": "marrow-plain-autumn",
        "title": "Harvest on the Marrow plain",
        "caption": "Fields on the Marrow plain after the harvest, the largest grain-growing area "
        "in Verenia.",
        "alt_text": "Ochre and brown fields stretching to distant mountains under a glowing "
        "sunset sky.",
        "agencies": ["NORDPRESS"],
        "photographer": "Jorund Aas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "landscape", "time": "dusk", "season": "autumn", "palette": "warm"},
    },
    {
        "key": "selvo-observatory-night",
        "title": "Selvo Observatory",
        "caption": "The Selvo University observatory on Kettle Hill, where the asteroid was "
        "first spotted.",
        "alt_text": "A small observatory dome on a hill under a starry night sky, a warm light "
        "in its doorway.",
        "agencies": ["Kestrel Images"],
        "photographer": "Noor Haddad",
        "source": "HANDOUT / SELVO UNIVERSITY",
        "licence_note": "Handout. Editorial use only, mandatory credit.",
        "scene": {"kind": "landscape", "time": "night", "observatory": True, "palette": "cool"},
    },
    {
        "key": "dravny-border-winter",
        "title": "Winter fields near Dravny",
        "caption": "Snow-covered fields on the Verenian side of the border east of Dravny.",
        "alt_text": "Flat snow-covered fields with dark tree lines and grey mountains under an "
        "overcast sky.",
        "agencies": ["EastLens"],
        "photographer": "Dmitri Sallas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "landscape", "time": "overcast", "season": "winter", "palette": "cool"},
    },
    {
        "key": "marine-institute-lab",
        "title": "Water samples from the Gulf",
        "caption": "Water samples from the Grey Gulf at the Verenian Institute of Marine "
        "Science in Kessmar.",
        "alt_text": "Glass flasks, beakers and test tubes with coloured liquids on a dark lab "
        "bench in front of a bright window.",
        "agencies": ["Open Frame Collective"],
        "photographer": "Vera Lindqvist",
        "source": "HANDOUT / VERENIAN INSTITUTE OF MARINE SCIENCE",
        "licence_note": "Handout. Editorial use only, mandatory credit.",
        "scene": {"kind": "laboratory", "palette": "cool"},
    },
    {
        "key": "university-lab-warm",
        "title": "A half-empty laboratory",
        "caption": "A chemistry laboratory at Aldmark University; three of its five research "
        "groups have moved abroad.",
        "alt_text": "Laboratory glassware and a rack of test tubes on a bench, shelves of "
        "bottles blurred in the background.",
        "agencies": ["Kestrel Images"],
        "photographer": "Hanne Ruud",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "laboratory", "palette": "warm", "variant": 2},
    },
    {
        "key": "national-theatre-stage",
        "title": "“The Quiet Ministry” in Rivenholm",
        "caption": "Actors of the Aldmark Studio Theatre perform “The Quiet Ministry” at the "
        "Harbour Stage in Rivenholm.",
        "alt_text": "Three actors standing in spotlights on a stage framed by red velvet "
        "curtains, the audience in silhouette.",
        "agencies": ["Open Frame Collective"],
        "photographer": "Noor Haddad",
        "source": "",
        "licence_note": "Editorial use only. Courtesy of the theatre.",
        "scene": {"kind": "stage", "palette": "warm", "performers": 3},
    },
    {
        "key": "poetry-reading-stage",
        "title": "A reading in Rivenholm",
        "caption": "A poet reads from the anthology at its launch in Rivenholm.",
        "alt_text": "A lone figure at a microphone in a single cool spotlight on a dark stage.",
        "agencies": ["Kestrel Images"],
        "photographer": "Vera Lindqvist",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "stage", "palette": "cool", "performers": 1},
    },
    {
        "key": "selvo-festival-stage",
        "title": "Selvo summer festival",
        "caption": "A band performs on the main stage of the Selvo summer festival.",
        "alt_text": "Two performers on a stage lit by pink and blue spotlights above a dark crowd.",
        "agencies": ["EastLens"],
        "photographer": "Tarik Elmas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "stage", "palette": "vivid", "performers": 2},
    },
    {
        "key": "selvo-market-day",
        "title": "Saturday market in Selvo",
        "caption": "Shoppers at the Saturday market in Selvo's old town.",
        "alt_text": "Market stalls with striped awnings and crates of fruit and vegetables, "
        "shoppers walking between them.",
        "agencies": ["NORDPRESS"],
        "photographer": "Ilse Marten",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "market", "time": "day", "palette": "neutral"},
    },
    {
        "key": "aldmark-evening-market",
        "title": "Evening market, Aldmark",
        "caption": "Stallholders at the Ost Bridge evening market, where prices are now "
        "written in pencil.",
        "alt_text": "Market stalls at dusk lit by hanging bulbs, with silhouetted shoppers and "
        "townhouses behind.",
        "agencies": ["EastLens"],
        "photographer": "Sabine Kroll",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "market", "time": "dusk", "palette": "warm"},
    },
    {
        "key": "aldmark-central-station",
        "title": "Aldmark Central",
        "caption": "Passengers on a platform at Aldmark Central station.",
        "alt_text": "A long train hall with iron arches and a glass roof, a red train on the "
        "left and passengers walking along the platform.",
        "agencies": ["Gulfline Pictures"],
        "photographer": "Lukas Ferre",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "station", "time": "day", "palette": "neutral"},
    },
    {
        "key": "night-train-platform",
        "title": "The night train",
        "caption": "File photo: the Aldmark to Rivenholm night train before its suspension in "
        "2024.",
        "alt_text": "A train with lit windows standing in a dark station hall under iron arches "
        "and hanging lamps.",
        "agencies": ["Amber Wire Photo"],
        "photographer": "Oskar Bremer",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "station", "time": "night", "palette": "warm"},
    },
    {
        "key": "aldmark-snow-evening",
        "title": "Snow in the old town",
        "caption": "Snow falls on the old town of Aldmark as household energy tariffs rise again.",
        "alt_text": "A row of old townhouses with snowy roofs and warmly lit windows, street "
        "lamps glowing over a snowy street at dusk.",
        "agencies": ["NORDPRESS"],
        "photographer": "Jorund Aas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "snowstreet", "time": "dusk", "palette": "cool"},
    },
    {
        "key": "halvik-snow-night",
        "title": "Halvik at night",
        "caption": "A street in Halvik during the storm that cut power to much of the region.",
        "alt_text": "Heavy snow falling at night on a street of houses with a few lit windows "
        "and glowing street lamps.",
        "agencies": ["EastLens", "Kestrel Images"],
        "photographer": "Dmitri Sallas",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "snowstreet", "time": "night", "palette": "neutral"},
    },
    {
        "key": "dravny-street-dusk",
        "title": "Evening in Dravny",
        "caption": "Dravny's Market Street in the early evening, a short drive from the "
        "checkpoint.",
        "alt_text": "Townhouses with snow on their roofs in blue evening light, pedestrians "
        "walking on a snowy street.",
        "agencies": ["Kestrel Images"],
        "photographer": "Hanne Ruud",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "snowstreet", "time": "dusk", "palette": "muted", "variant": 3},
    },
    {
        "key": "exile-portrait-window",
        "title": "Waiting by the window",
        "caption": "A mother from Dravny, who asked not to be named, in the school building "
        "where her family has lived since November.",
        "alt_text": "The dark silhouette of a person in profile against a large bright window.",
        "agencies": ["Open Frame Collective"],
        "photographer": "Noor Haddad",
        "source": "",
        "licence_note": "Editorial use only. Identity withheld at the subject's request.",
        "scene": {"kind": "portrait", "time": "day", "palette": "neutral", "facing": "left"},
    },
    {
        "key": "writer-portrait-dusk",
        "title": "Portrait of a writer",
        "caption": "The novelist at her flat in Rivenholm.",
        "alt_text": "A person seen in profile as a silhouette against a window at dusk, a "
        "blurred city outside.",
        "agencies": ["Kestrel Images"],
        "photographer": "Vera Lindqvist",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "portrait", "time": "dusk", "palette": "warm", "facing": "right"},
    },
    {
        "key": "public-health-lab",
        "title": "Vaccine checks in Aldmark",
        "caption": "Samples being checked at the National Public Health Laboratory in Aldmark.",
        "alt_text": "Beakers, flasks and a rack of test tubes with coloured liquids on a "
        "laboratory bench, a bright window behind.",
        "agencies": ["Amber Wire Photo"],
        "photographer": "Oskar Bremer",
        "source": "",
        "licence_note": "Editorial use only.",
        "scene": {"kind": "laboratory", "palette": "neutral", "variant": 3},
    },
]


# --------------------------------------------------------------------------------------------
# Body block helpers (they only build the plain tuples described in the schema)
# --------------------------------------------------------------------------------------------


def _p(html: str) -> tuple[str, str]:
    return ("paragraph", f"<p>{html}</p>")


def _h(text: str) -> tuple[str, str]:
    return ("subheading", text)


def _quote(text: str, attribution: str) -> tuple[str, dict]:
    return ("quote", {"text": text, "attribution": attribution})


def _pull(text: str) -> tuple[str, dict]:
    return ("pull_quote", {"text": text})


def _facts(title: str, body: str) -> tuple[str, dict]:
    return ("fact_box", {"title": title, "body": body})


def _photo(key: str, caption: str = "") -> tuple[str, dict]:
    return ("photo", {"photo": key, "caption": caption})


def _link(url: str, title: str, description: str, site_name: str) -> tuple[str, dict]:
    return (
        "link_card",
        {"url": url, "title": title, "description": description, "site_name": site_name},
    )


def _a(path: str, text: str) -> str:
    return f'<a href="https://example.org/{path}">{text}</a>'


ARTICLES: list[dict] = []

# --------------------------------------------------------------------------------------------
# News (top-level section)
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "chronicle-photographer-detained-at-dravny-checkpoint",
        "section": "news",
        "headline": "Chronicle photographer held for nine hours at Dravny checkpoint",
        "standfirst": "Mattis Kron was questioned about his sources and his phone was copied "
        "before border guards let him return to Vessland. We are publishing what happened "
        "because silence is what the questioning was for.",
        "authors": ["katya-dorn"],
        "agency": "",
        "topics": ["press-freedom", "border-security"],
        "lead_photo": "dravny-border-winter",
        "days_ago": 0,
        "hour": 8,
        "updated_hours_later": 3,
        "body": [
            _p(
                "Mattis Kron, a freelance photographer who has worked with the Chronicle since "
                "2021, was stopped at the Dravny crossing on his way back from a family visit "
                "and held in an interview room for nine hours. He was not charged. Border "
                "guards told him he was being checked under the <i>Public Order Code</i>, a "
                "provision normally used for suspected smugglers."
            ),
            _p(
                "According to Kron, two officers who did not give their names asked him which "
                "editors he worked with, how he was paid and whether he had photographed "
                "military vehicles near the border. He says he answered questions about his "
                "own work and declined to discuss anyone else. His phone and a laptop were taken "
                "away for roughly four hours and returned in a sealed bag."
            ),
            _quote(
                "They were polite, almost bored. That was the unsettling part. It felt like a "
                "procedure they had done many times, and that they would do again.",
                "Mattis Kron, photographer",
            ),
            _h("A pattern at the border"),
            _p(
                "Kron's account matches those of at least six other journalists and researchers "
                "who have described similar stops at Verenian land crossings over the past "
                "year. The Chronicle has reviewed written notes made by four of them shortly "
                "after their release. In every case, devices were taken out of sight and no "
                "receipt or legal basis for copying the data was provided."
            ),
            _p(
                "The State Border Service did not respond to written questions sent on the "
                "morning after Kron's release. In previous statements the service has said that "
                "all checks are carried out <i>in accordance with the law</i> and that "
                "journalists enjoy no special status at the border."
            ),
            _facts(
                "What to do if you are stopped",
                "<ul><li>Ask which law the check is based on and write it down.</li>"
                "<li>Ask for a receipt for any device taken out of your sight.</li>"
                "<li>Do not unlock devices for officers; you may be asked, but you can decline."
                "</li><li>Contact your editor or a lawyer as soon as you are released.</li></ul>",
            ),
            _p(
                "We treat Kron's devices as compromised and have rotated the accounts and keys "
                "he had access to. Sources who were in contact with him should assume the same "
                "and can reach our security desk through the channels listed on our "
                + _a("secure-contact", "secure contact page")
                + ". We will not stop sending photographers to the east."
            ),
            _link(
                "https://example.org/reports/border-device-searches",
                "Device searches at land borders: a regional overview",
                "A monitoring group's report on how border agencies in the region copy "
                "journalists' phones and laptops.",
                "Northern Press Monitor",
            ),
        ],
    },
    {
        "slug": "night-train-aldmark-rivenholm-to-resume",
        "section": "news",
        "headline": "Night train between Aldmark and Rivenholm to resume after two-year pause",
        "standfirst": "The overnight service, suspended in 2024 over a dispute about border "
        "controls, will run three times a week from next month, the two rail operators said.",
        "authors": [],
        "agency": "Amber Wire",
        "topics": ["diaspora"],
        "lead_photo": "night-train-platform",
        "days_ago": 1,
        "hour": 11,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Verenian Railways and its Vessland counterpart announced that the overnight "
                "train between the two capitals will return to the timetable next month, ending "
                "a suspension that had forced travellers onto long bus journeys or expensive "
                "flights through Castra. Tickets go on sale on the operators' websites this "
                "week."
            ),
            _p(
                "The service was halted after Verenia introduced exit checks at the border "
                "station of Lenz, which added up to three hours to the journey and left "
                "passengers standing on an unheated platform in the middle of the night. Under "
                "the new arrangement, checks will take place on board while the train is "
                "moving, the companies said."
            ),
            _quote(
                "This is not a political decision. It is a timetable decision, and the "
                "timetable has finally been agreed.",
                "Hedda Arnes, spokesperson for Vessland Rail",
            ),
            _p(
                "The route was one of the busiest night services in the region before its "
                "suspension, carrying students, seasonal workers and families split between the "
                "two countries. Vessland's statistics office estimates that around 60,000 "
                "Verenian citizens now live in the Rivenholm area, three times the figure of "
                "five years ago."
            ),
            _h("What changes for passengers"),
            _facts(
                "The new service at a glance",
                "<ul><li>Three departures a week in each direction.</li>"
                "<li>Journey time about eleven hours, with passport checks on board.</li>"
                "<li>Sleeping cars, couchettes and seats; bicycles only with reservation.</li>"
                "</ul>",
            ),
            _p(
                "Passenger groups welcomed the return of the train but said they would watch "
                "how on-board checks are carried out. Several travellers told reporters last "
                "year that they had been questioned at length at Lenz about their reasons for "
                "leaving Verenia, and some said officers had asked to see their messages."
            ),
            _p(
                "Verenian Railways said the onboard checks would be carried out by border "
                "officers in the presence of train staff, and that passengers could file "
                "complaints through the operator. The first northbound train is due to leave "
                "Aldmark Central shortly before ten in the evening."
            ),
        ],
    },
    {
        "slug": "storm-cuts-power-northern-highlands",
        "section": "news",
        "headline": "Storm leaves 40,000 homes without power in the northern highlands",
        "standfirst": "Heavy snow and winds of up to 120 km/h brought down lines across the "
        "Halvik region. Verenergo says some villages may wait until the weekend for repairs.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["energy", "climate"],
        "lead_photo": "halvik-snow-night",
        "days_ago": 0,
        "hour": 7,
        "updated_hours_later": 5,
        "body": [
            _p(
                "About 40,000 households in the Halvik region were without electricity on the "
                "morning after a storm swept across the northern highlands overnight, bringing "
                "more than half a metre of snow to higher ground. Schools in three districts "
                "were closed and the main road between Halvik and the coast was blocked for "
                "several hours by fallen trees."
            ),
            _p(
                "The state energy company Verenergo said its crews had restored supply to "
                "about a third of affected homes by mid-morning but warned that repairs in the "
                "more remote valleys would take longer. It did not give a firm date. Residents "
                "in the village of Brenna told the Chronicle they had been without power or "
                "heating since shortly after midnight."
            ),
            _quote(
                "We have a wood stove, so we are fine. The old couple next door have electric "
                "heating and nothing else. We brought them over at two in the morning.",
                "A resident of Brenna, speaking by phone",
            ),
            _h("Old lines, long repairs"),
            _p(
                "Engineers and local officials have warned for years that much of the rural "
                "grid in the north dates from the 1970s and was never designed for the heavy, "
                "wet snow that has become more common in recent winters. A 2024 audit by the "
                "State Audit Office found that Verenergo had spent less than half of the money "
                "allocated for line replacement in the region."
            ),
            _p(
                "Meteorologists at the national weather service said the storm was unusual "
                "less for its strength than for its temperature: snow fell close to freezing "
                "point, making it heavy and sticky, which is particularly damaging for "
                "overhead lines and trees still carrying late leaves."
            ),
            _facts(
                "Emergency numbers in the Halvik region",
                "<p>Power outages: the Verenergo hotline. Road closures: the regional traffic "
                "service. Emergencies: 112. Warm shelters are open in Halvik town hall and the "
                "sports halls in Nordby and Brenna.</p>",
            ),
            _p(
                "The regional administration said warm shelters would remain open through the "
                "night and that army trucks had been sent to deliver generators to two care "
                "homes. This article was updated at midday with the latest figures from "
                "Verenergo and the list of open shelters."
            ),
        ],
    },
    {
        "slug": "verenia-falls-in-press-freedom-survey",
        "section": "news",
        "headline": "Verenia falls to its lowest rank yet in regional press freedom survey",
        "standfirst": "The annual survey now places the country below Kaldoria on two of five "
        "measures. The government called the ranking “an opinion dressed up as data”.",
        "authors": ["felix-amund"],
        "agency": "",
        "topics": ["press-freedom"],
        "lead_photo": "aldmark-assembly-night",
        "days_ago": 3,
        "hour": 10,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Verenia has dropped eleven places in the annual press freedom survey published "
                "by the Northern Press Monitor, a network of media researchers based in five "
                "countries. It now ranks 31st of 34 states in the region, its lowest position "
                "since the survey began in 2009."
            ),
            _p(
                "The decline was driven mainly by two measures: the <b>legal environment</b>, "
                "which reflects the foreign influence register passed this year, and "
                "<b>safety of journalists</b>, which counts detentions, device searches and "
                "prosecutions. On both, Verenia now scores below its eastern neighbour "
                "Kaldoria, long considered the region's most restrictive state."
            ),
            _facts(
                "How the survey is made",
                "<p>Each country is scored from 0 to 100 on five measures by a panel of "
                "researchers, using court records, incident reports and questionnaires "
                "completed by working journalists. The full methodology and the raw scores "
                "are published with the report.</p>",
            ),
            _h("A government response"),
            _p(
                "A spokesperson for the presidential administration described the survey as "
                "“an opinion dressed up as data” and said Verenia had more registered media "
                "outlets than at any point in its history. The Chronicle's own analysis of the "
                "media register shows that the number of outlets has indeed grown, largely "
                "because of regional titles owned by two holding companies."
            ),
            _p(
                "Researchers behind the survey say the number of outlets is a poor measure of "
                "freedom. What matters, they argue, is whether journalists can investigate "
                "those in power without fear, and whether readers can reach their work "
                "without a VPN. Several of the country's best-known independent newsrooms, "
                "including this one, have been blocked inside Verenia since 2023."
            ),
            _pull(
                "The number of outlets is growing. The number of questions they are allowed "
                "to ask is not."
            ),
            _p(
                "The report's authors recommend that neighbouring states make it easier for "
                "exiled newsrooms to register and bank, and that the Amber Compact tie parts "
                "of its cooperation programme with Verenia to the repeal of the register law. "
                "The full survey is available on the "
                + _a("reports/press-freedom-survey", "monitor's website")
                + "."
            ),
            _link(
                "https://example.org/reports/press-freedom-survey",
                "Regional Press Freedom Survey: full report and data",
                "Country scores, methodology and incident logs for 34 states.",
                "Northern Press Monitor",
            ),
        ],
    },
    {
        "slug": "fire-at-kessmar-grain-terminal-contained",
        "section": "news",
        "headline": "Fire at Kessmar grain terminal contained after twelve hours",
        "standfirst": "No one was hurt, but the blaze destroyed a conveyor gallery and will "
        "slow grain exports for weeks, the port authority said.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["labour"],
        "lead_photo": "kessmar-port-dusk",
        "days_ago": 12,
        "hour": 14,
        "updated_hours_later": 9,
        "body": [
            _p(
                "Firefighters brought a blaze at the grain terminal in Kessmar under control "
                "after about twelve hours, the port authority said, after flames spread along "
                "an elevated conveyor that carries wheat from the silos to waiting ships. Around "
                "sixty firefighters and two fire boats were involved. Nobody was injured."
            ),
            _p(
                "Workers on the morning shift said they noticed smoke near a transfer tower "
                "shortly after seven and raised the alarm. Grain dust is highly flammable, and "
                "the terminal's managers ordered the evacuation of the whole site within "
                "minutes. Residents of nearby streets were told to keep windows closed."
            ),
            _quote(
                "The conveyor is the heart of the terminal. Without it we can store grain, "
                "but we cannot load it. For now the ships will have to wait or go elsewhere.",
                "Aron Fiske, deputy director of the Kessmar port authority",
            ),
            _p(
                "The port authority said it was too early to say what caused the fire. Two "
                "dockworkers told the Chronicle that maintenance on the conveyor had been "
                "postponed twice this year because of staff shortages. The terminal operator "
                "declined to comment on the maintenance schedule while an investigation is "
                "under way."
            ),
            _h("Exports under pressure"),
            _p(
                "The timing is difficult for farmers on the Marrow plain, who rely on Kessmar "
                "for most of their exports and were already struggling with low prices and a "
                "shortage of storage space after a large harvest. Traders expect some cargoes "
                "to be diverted to smaller ports, at higher cost."
            ),
            _p(
                "This article was updated in the evening with confirmation from the port "
                "authority that the fire had been contained and that no one had been hurt."
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Politics
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "vorlund-fourth-term-amendment-assembly-vote",
        "section": "politics",
        "headline": "Vorlund's bid for a fourth term goes before the State Assembly after fifteen "
        "years in power, one rewrite of the constitution and a campaign in which most of his "
        "critics were barred, jailed or driven abroad, and the ruling party is still three votes "
        "short of the two-thirds majority it needs",
        "standfirst": "The amendment needs 100 of 150 votes. National Renewal and its allies "
        "have 97. Both sides are now counting independents, absentees and the deputies who "
        "have stopped answering their phones.",
        "authors": ["anna-keller"],
        "agency": "",
        "topics": ["elections", "courts"],
        "lead_photo": "aldmark-assembly-dusk",
        "days_ago": 0,
        "hour": 9,
        "updated_hours_later": 6,
        "body": [
            _p(
                "The State Assembly will vote this week on a constitutional amendment that "
                "would allow President Aurel Vorlund to stand for a fourth term next spring. "
                "The change requires a two-thirds majority, or 100 of the chamber's 150 seats. "
                "Vorlund's National Renewal party holds 88 seats and its partner, the Agrarian "
                "Union, nine. That leaves the governing bloc three votes short."
            ),
            _p(
                "The missing votes are expected to come from the fifteen deputies who sit as "
                "independents or for small regional lists. At least eight of them have voted "
                "with the government on every major bill since the last election. Several "
                "others, however, have told colleagues they are uneasy about changing the "
                "constitution for a second time in six years."
            ),
            _quote(
                "I was elected to represent a valley, not a man. I will read the text, I will "
                "talk to my voters, and then I will decide. That is all I am going to say.",
                "Elsa Brodin, independent deputy for Upper Halvik",
            ),
            _h("How the rules were changed before"),
            _p(
                "The 1994 constitution limited presidents to two five-year terms. In 2020, "
                "shortly before the end of Vorlund's second term, the Assembly approved an "
                "amendment that reset the count on the grounds that the office's powers had "
                "been redefined. The Constitutional Court upheld the change by five votes to "
                "four; two of the dissenting judges later left the court."
            ),
            _facts(
                "The numbers",
                "<ul><li>Seats in the State Assembly: 150</li>"
                "<li>Needed for a constitutional amendment: 100</li>"
                "<li>National Renewal: 88; Agrarian Union: 9</li>"
                "<li>Civic Alliance and other opposition: 38</li>"
                "<li>Independents and regional lists: 15</li></ul>",
            ),
            _p(
                "Opposition deputies from the Civic Alliance say they will vote against the "
                "amendment as a bloc and have called on supporters to gather outside the "
                "Assembly on the day of the vote. The interior ministry has warned that "
                "unauthorised gatherings on Republic Square will be dispersed."
            ),
            _photo("freedom-square-rally"),
            _p(
                "Government officials insist the outcome is not in doubt. Speaking to "
                "state television, the Speaker of the Assembly, Konrad Imre, said the "
                "amendment reflected “the will of a clear majority of citizens” and that "
                "deputies who voted against it would have to explain themselves to their "
                "constituents. He did not say how that majority had been measured."
            ),
            _p(
                "Privately, two officials in the presidential administration told the "
                "Chronicle that the vote could be postponed if the count remained uncertain "
                "on the morning of the session. Such a delay would be the first public sign "
                "that the president's grip on the chamber is weaker than it appears. This "
                "article was updated in the afternoon with comments from the Speaker."
            ),
            _link(
                "https://example.org/explainers/verenia-constitution",
                "The Verenian constitution, annotated",
                "Every article of the 1994 constitution with the amendment of 2020 marked.",
                "Civic Law Library",
            ),
        ],
    },
    {
        "slug": "electoral-board-strikes-opposition-candidates",
        "section": "politics",
        "headline": "Electoral board strikes three opposition candidates from autumn ballot",
        "standfirst": "The Central Electoral Board said signatures on their nomination forms "
        "were invalid. The candidates say the same handwriting expert examined all three "
        "files in a single afternoon.",
        "authors": ["anna-keller", "katya-dorn"],
        "agency": "",
        "topics": ["elections", "corruption"],
        "lead_photo": "civic-alliance-briefing",
        "days_ago": 1,
        "hour": 16,
        "updated_hours_later": 2,
        "body": [
            _p(
                "Verenia's Central Electoral Board has removed three Civic Alliance candidates "
                "from the ballot for October's parliamentary election, ruling that more than a "
                "tenth of the signatures supporting each nomination were forged or belonged to "
                "people who do not live in the constituency. Candidates need 2,000 valid "
                "signatures to stand."
            ),
            _p(
                "The three are among the party's best-known figures outside Aldmark: a former "
                "mayor of Selvo, a trade union organiser from Halvik and a paediatrician from "
                "Kessmar who led protests against hospital closures last year. All three had "
                "been leading in independent polls of their districts."
            ),
            _h("Inside the verification"),
            _p(
                "Documents seen by the Chronicle show that the board relied on the opinion of "
                "a single handwriting expert, who reviewed all three nomination files on the "
                "same day. In the Selvo file, she rejected 241 signatures in just under three "
                "hours, or roughly one every forty seconds. The board's own guidelines "
                "recommend that disputed signatures be checked against the voter register by "
                "two officials."
            ),
            _quote(
                "We went back to forty of the people whose signatures were rejected. Every one "
                "of them confirmed that they had signed. Some of them were quite angry about "
                "being called forgers.",
                "Mirela Ostrand, leader of the Civic Alliance",
            ),
            _p(
                "The chair of the board, Ludmila Saar, said the decisions had been taken "
                "“strictly on the basis of the law” and that the candidates could appeal to "
                "the Supreme Court within five days. Asked about the speed of the review, a "
                "board spokesperson said the expert was “highly experienced” and had worked "
                "within the time available."
            ),
            _pull("Roughly one rejected signature every forty seconds, for three hours."),
            _p(
                "Election observers from the Amber Compact, who arrived in Aldmark this month, "
                "said they had asked the board for the full files and would reflect the "
                "decisions in their interim report. In the last parliamentary election, five "
                "opposition candidates were removed on similar grounds; four of the appeals "
                "were rejected."
            ),
            _p(
                "The Civic Alliance has said it will appeal all three decisions and will "
                "publish the names of signatories who have agreed to testify. The party has "
                "also asked the board to release the expert's notes, which it says it has a "
                "right to see under the electoral code."
            ),
        ],
    },
    {
        "slug": "assembly-passes-foreign-influence-register",
        "section": "politics",
        "headline": "Assembly passes ‘foreign influence’ register covering charities and newsrooms",
        "standfirst": "Organisations receiving more than a fifth of their funding from abroad "
        "must register, label their publications and open their accounts to inspectors.",
        "authors": ["anna-keller"],
        "agency": "",
        "topics": ["press-freedom", "courts"],
        "lead_photo": "aldmark-assembly-day",
        "days_ago": 4,
        "hour": 18,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The State Assembly has approved a law requiring organisations that receive more "
                "than 20 per cent of their income from abroad to register as “organisations "
                "under foreign influence”. The law passed by 96 votes to 41 after a debate that "
                "lasted less than two hours. It will take effect in ninety days."
            ),
            _p(
                "Registered organisations will have to mark every publication, post and "
                "broadcast with a label, submit detailed accounts twice a year and allow "
                "inspectors from the Ministry of Justice to examine their internal documents. "
                "Failure to comply can lead to fines and, after a second offence, to closure."
            ),
            _h("Who is covered"),
            _p(
                "The law's definition is broad. It covers charities, research institutes, "
                "independent media and, in some readings, sports clubs and churches that "
                "receive grants or donations from abroad. Lawyers for several charities said "
                "that small organisations supporting the disabled or running shelters for "
                "women would fall within its scope."
            ),
            _quote(
                "A women's shelter that gets a grant from a foundation in Rivenholm is not "
                "under foreign influence. It is under the influence of women who need a safe "
                "place to sleep.",
                "Petra Lund, director of the Aldmark Shelter Network",
            ),
            _photo(
                "assembly-candle-vigil",
                "Protesters gathered in central Aldmark on the evening the register law passed.",
            ),
            _p(
                "The government argues the register is a matter of transparency and points to "
                "similar laws elsewhere. Justice minister Viktor Hallin told deputies that "
                "“citizens have a right to know who pays for the voices they hear”. Opposition "
                "deputies replied that the same transparency was not being applied to the "
                "state-owned media holding, which receives most of its funding from the budget."
            ),
            _facts(
                "What the law requires",
                "<ul><li>Registration within 30 days of crossing the 20 per cent threshold."
                "</li><li>A label on every publication and broadcast.</li>"
                "<li>Twice-yearly financial reports and access for inspectors.</li>"
                "<li>Fines, then closure, for repeated breaches.</li></ul>",
            ),
            _p(
                "The Chronicle, which has been registered in Vessland since 2023 and is funded "
                "by readers and foundations, is not legally subject to the Verenian register. "
                "Readers inside Verenia may, however, face questions about sharing material "
                "from labelled organisations. We will publish a guide to the law's practical "
                "effects before it takes effect."
            ),
        ],
    },
    {
        "slug": "interview-mirela-ostrand-civic-alliance",
        "section": "politics",
        "headline": "Mirela Ostrand: ‘We are not asking people to be brave. We are asking them "
        "to vote’",
        "standfirst": "The Civic Alliance leader on the amendment, the ballot purge, and why "
        "she still campaigns in towns where her posters are torn down within the hour.",
        "authors": ["anna-keller"],
        "agency": "",
        "topics": ["elections"],
        "lead_photo": "dravny-rally-dusk",
        "days_ago": 2,
        "hour": 7,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Mirela Ostrand has led the Civic Alliance since 2021, when her predecessor "
                "left for Vessland after being charged with “undermining public order”. A "
                "former schoolteacher from Selvo, she has spent most of the past year driving "
                "between small towns where the party has no office and local newspapers do "
                "not mention her visits. We spoke in a borrowed flat in Aldmark. The interview "
                "has been edited for length."
            ),
            _h("On the amendment"),
            _p(
                "<b>The government seems to believe it will find three more votes. Do you?</b> "
                "“I think it will find them, yes. Deputies can be persuaded in many ways, and "
                "not all of them involve arguments. But every vote they have to buy is a sign "
                "of weakness. Ten years ago they did not need to buy anybody.”"
            ),
            _p(
                "<b>Your party will vote against. What then?</b> “Then we go to the voters in "
                "October and ask them a very simple question: do you want the rules of your "
                "country to be rewritten every time they become inconvenient for one person? "
                "I think most Verenians, including many who vote for National Renewal, would "
                "answer no if they were allowed to think about it in peace.”"
            ),
            _pull("We are not asking people to be brave. We are asking them to vote."),
            _h("On fear"),
            _p(
                "<b>Many of your supporters are afraid. Some have lost jobs.</b> “I know. I meet "
                "them. A nurse in Halvik told me she would vote for us but could not be seen "
                "with me, and I told her that was fine, that the ballot is secret for a "
                "reason. We are not asking people to be brave. We are asking them to vote. "
                "Bravery is our job, not theirs.”"
            ),
            _p(
                "<b>Three of your candidates have just been removed from the ballot.</b> “And we "
                "will appeal, and we will probably lose. And then we will put up other "
                "candidates, and some of those will be removed too. The point of these "
                "decisions is to make us look helpless. We are not helpless. We are just "
                "operating in a country where the referee has joined the other team.”"
            ),
            _p(
                "<b>Would you accept the support of exiled politicians?</b> “Every Verenian has "
                "the right to take part in politics, including those who had to leave. But I "
                "would rather they campaigned for the country than for themselves. We need "
                "people who can talk to a bus driver in Kessmar, not only to a minister in "
                "Rivenholm.”"
            ),
            _p(
                "<b>What would you do differently in power?</b> “The first law I would propose "
                "is a law that makes it impossible for me to stay in office for more than ten "
                "years. I would like it to be the most boring law in our history.”"
            ),
        ],
    },
    {
        "slug": "halvik-governor-resigns-unpaid-wages",
        "section": "politics",
        "headline": "Halvik governor resigns as miners' wage arrears reach six months",
        "standfirst": "Gustav Lenner said he could no longer “defend the indefensible”. His "
        "resignation is the first by a regional governor appointed by President Vorlund.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["labour", "corruption"],
        "lead_photo": "halvik-valley-summer",
        "days_ago": 6,
        "hour": 13,
        "updated_hours_later": 4,
        "body": [
            _p(
                "The governor of the Halvik region, Gustav Lenner, has resigned, saying in a "
                "short statement that he could no longer “defend the indefensible” to miners who "
                "have not been paid in full for six months. Lenner, a National Renewal member "
                "appointed by the president in 2020, is the first regional governor to step "
                "down in protest during Vorlund's time in office."
            ),
            _p(
                "The Halvik Mining Combine, which employs about 9,000 people in the region, "
                "stopped paying full salaries in the spring, citing falling copper prices and "
                "the loss of export markets. Workers have received between a third and a half "
                "of their wages since then. A strike at two of the combine's pits is now in its "
                "fourth week."
            ),
            _quote(
                "I have spent four years telling people in this region that the centre "
                "listens. I can no longer say it with a straight face, so I will not say it at "
                "all.",
                "Gustav Lenner, in his resignation statement",
            ),
            _h("Questions about the combine's owners"),
            _p(
                "The combine was privatised in 2017 and is now controlled by Nordstal Holdings, "
                "a company registered in Lethia. Corporate filings reviewed by the Chronicle "
                "show that Nordstal paid its shareholders dividends of 38 million marks in the "
                "same year the wage arrears began. The company has not responded to requests "
                "for comment."
            ),
            _p(
                "Lenner had asked the government in the summer to take temporary control of the "
                "combine's payroll, according to two officials in the regional administration. "
                "The request was turned down by the economy ministry, which said it could not "
                "interfere in the affairs of a private company. The ministry did not respond "
                "to our questions about the decision."
            ),
            _p(
                "The presidential administration said it “respected Mr Lenner's personal "
                "decision” and would appoint an acting governor within days. In Halvik, "
                "striking miners greeted the resignation with cautious approval. “He is the "
                "first one who did not pretend,” one of the strike organisers said. “It does "
                "not pay our rent, but it is something.”"
            ),
            _link(
                "https://example.org/investigations/halvik-contracts",
                "The Halvik contracts: how a mining combine changed hands",
                "Our 2024 investigation into the privatisation of the Halvik Mining Combine.",
                "The Verenia Chronicle",
            ),
        ],
    },
    {
        "slug": "draft-budget-security-spending-hospitals",
        "section": "politics",
        "headline": "Draft budget doubles security spending while cutting regional hospital funds",
        "standfirst": "The finance ministry's plan for next year moves 1.9 billion marks "
        "towards the interior ministry and the border service. Regional health authorities "
        "lose almost a fifth of their capital budget.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["health", "border-security"],
        "lead_photo": "finance-ministry-briefing",
        "days_ago": 9,
        "hour": 12,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The government's draft budget for next year would almost double spending on "
                "internal security while reducing money for building and equipping regional "
                "hospitals by 18 per cent, according to documents presented to the State "
                "Assembly's budget committee. The finance ministry describes the plan as a "
                "response to “heightened risks in the region”."
            ),
            _p(
                "Most of the additional security money goes to the interior ministry, which "
                "runs the police and the riot units known as the Public Order Directorate, and "
                "to the State Border Service. A smaller share is earmarked for what the budget "
                "calls “information security”, a line that did not exist in previous years and "
                "is not explained in the accompanying notes."
            ),
            _facts(
                "Where the money moves",
                "<ul><li>Interior ministry: up 94 per cent, to 4.1 billion marks.</li>"
                "<li>Border service: up 61 per cent.</li>"
                "<li>“Information security”: 310 million marks, a new line.</li>"
                "<li>Regional hospital investment: down 18 per cent.</li></ul>",
            ),
            _h("The view from the wards"),
            _p(
                "Doctors in the east and north say the cuts will fall on hospitals that are "
                "already losing staff to Vessland and Lethia. The regional hospital in Dravny "
                "closed its maternity unit last year after three of its four obstetricians "
                "left. Women now travel more than eighty kilometres to give birth."
            ),
            _quote(
                "We were promised a new operating theatre three budgets ago. The foundations "
                "are still there, in the car park, with grass growing through them.",
                "A surgeon at Dravny Regional Hospital",
            ),
            _p(
                "Finance minister Hanna Brisk told the budget committee that hospital spending "
                "would be protected in real terms because salaries were rising. Independent "
                "economists note that the increase in salaries is smaller than inflation, which "
                "reached 11 per cent last month, and that capital spending is where the cuts "
                "are concentrated."
            ),
            _p(
                "The budget committee will hold hearings over the coming weeks before the "
                "draft goes to a vote in the full Assembly. Committee members from the Civic "
                "Alliance have asked for the “information security” line to be broken down, "
                "so far without success."
            ),
        ],
    },
    {
        "slug": "supreme-court-upholds-selvo-blogger-sentence",
        "section": "politics",
        "headline": "Supreme Court upholds three-year sentence for Selvo blogger",
        "standfirst": "Daniel Hovde was convicted of “spreading knowingly false information” "
        "after he wrote about the cost of a new presidential residence. His lawyers will now "
        "go to the regional human rights court.",
        "authors": ["katya-dorn"],
        "agency": "",
        "topics": ["courts", "press-freedom"],
        "lead_photo": "aldmark-skyline-dusk",
        "days_ago": 15,
        "hour": 15,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Verenia's Supreme Court has rejected the final appeal of Daniel Hovde, a "
                "blogger from Selvo sentenced to three years in prison for an article about the "
                "construction of a presidential residence on Lake Orm. The court ruled in a "
                "closed session that lasted forty minutes. Hovde was not brought to the "
                "courtroom."
            ),
            _p(
                "In the article, published on his personal site in 2024, Hovde estimated that "
                "the residence had cost at least 140 million marks, citing procurement records "
                "and satellite images. The prosecution argued that the estimate was "
                "“deliberately exaggerated to incite hatred” against the head of state. The "
                "actual cost has never been published."
            ),
            _pull(
                "The cost of the residence has never been published. The cost of writing about "
                "it has."
            ),
            _h("The evidence in court"),
            _p(
                "Court records show that the prosecution did not present an alternative figure "
                "for the cost of the building. Its case rested on the testimony of an "
                "official from the presidential property department, who said Hovde's estimate "
                "was “not consistent with internal information” but declined, citing state "
                "secrecy, to say what that information was."
            ),
            _quote(
                "He was convicted of being wrong about a number that the state refuses to "
                "disclose. There is no way to defend yourself against that.",
                "Ingrid Sallo, Daniel Hovde's lawyer",
            ),
            _p(
                "Hovde's lawyers said they would take the case to the Court of Human Rights of "
                "the Amber Compact, which Verenia still formally recognises. The court has ruled "
                "against Verenia in six free-expression cases since 2019; the government has "
                "paid the compensation awarded in four of them but has not reopened any of the "
                "criminal cases."
            ),
            _p(
                "Hovde, who is 34, has already spent fourteen months in pre-trial detention, "
                "which will be counted towards his sentence. His wife said he was in good "
                "spirits and had asked for books on hydraulic engineering, his profession "
                "before he began writing about public money."
            ),
        ],
    },
    {
        "slug": "dravny-russian-speaking-voters-municipal-election",
        "section": "politics",
        "headline": "In Dravny, Russian-speaking voters weigh loyalty, fear and the price of bread",
        "standfirst": "Almost half of the border city's residents speak Russian at home. Both "
        "Aldmark and Kaldoria claim to speak for them. Few of them feel that either does.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["elections", "border-security"],
        "lead_photo": "dravny-street-dusk",
        "days_ago": 11,
        "hour": 9,
        "updated_hours_later": 0,
        "body": [
            _p(
                "On Market Street in Dravny, the campaign posters for next month's municipal "
                "election are printed in two languages, Verenian on top and Russian below. It "
                "is a small concession that took two years of argument in the city council, "
                "and it is one of the few things the candidates of every party agree on."
            ),
            _p(
                "Dravny sits eleven kilometres from the Kaldorian border. Census figures from "
                "2021 show that 46 per cent of its residents speak Russian as their first "
                "language, a legacy of the factories built here in the 1960s and the workers "
                "who came to staff them. Many families have relatives on both sides of the "
                "frontier."
            ),
            _quote(
                "When they closed the crossing for a week in the spring, we stood at the gate "
                "with my sister's children and kept repeating the same words: «Мы никуда не "
                "уедем» — we are not going anywhere. We meant it for both governments.",
                "Valentina, a retired teacher in Dravny",
            ),
            _h("Between two capitals"),
            _p(
                "Aldmark has spent heavily on the city in the past two years, repaving the main "
                "square and reopening a cinema, while passing laws that reduce the hours of "
                "Russian-language teaching in schools. Kaldorian state television, widely "
                "watched here, describes the changes as persecution. Residents we spoke to "
                "mostly describe them as inconvenient."
            ),
            _p(
                "What they talk about instead is money. Wages in Dravny are about a third lower "
                "than in Aldmark, and the closure of the maternity unit at the regional hospital "
                "is mentioned in almost every conversation. Several residents said they would "
                "vote for whichever candidate promised to reopen it, regardless of party."
            ),
            _pull(
                "Both governments claim to speak for Dravny. Dravny mostly wants its maternity "
                "ward back."
            ),
            _p(
                "The National Renewal candidate for mayor, a former police chief, has campaigned "
                "on security and the new cinema. His main rival, an independent pharmacist "
                "backed by the Civic Alliance, has focused on the hospital and on restoring "
                "Russian-language classes. A third candidate openly favours closer ties with "
                "Kaldoria; polls give him less than ten per cent."
            ),
            _p(
                "Turnout in the last municipal election was 38 per cent, the lowest in the "
                "country. “People here have learned to keep their heads down,” said a local "
                "journalist who asked not to be named. “The question is whether this time they "
                "think that voting is a way of keeping their heads down, or a way of lifting "
                "them.”"
            ),
        ],
    },
    {
        "slug": "leaked-memo-interior-ministry-exile-monitoring",
        "section": "politics",
        "headline": "Leaked memo shows interior ministry planned to monitor exile groups abroad",
        "standfirst": "The document lists 23 organisations in Vessland and Lethia, including "
        "charities, a choir and this newsroom, as targets for “systematic information "
        "gathering”.",
        "authors": ["katya-dorn"],
        "agency": "",
        "topics": ["diaspora", "corruption", "technology"],
        "lead_photo": "aldmark-skyline-night",
        "days_ago": 20,
        "hour": 6,
        "updated_hours_later": 30,
        "body": [
            _p(
                "Verenia's interior ministry drew up plans last year to monitor the activities "
                "of exiled Verenian organisations in neighbouring countries, according to an "
                "internal memo obtained by the Chronicle. The eleven-page document, dated in "
                "March and marked “for official use”, lists 23 groups in Vessland and Lethia as "
                "targets for what it calls “systematic information gathering”."
            ),
            _p(
                "The list includes two human rights charities, a legal aid network, a "
                "Verenian-language Saturday school in Rivenholm, a community choir and the "
                "Chronicle. For each group, the memo names a “responsible officer” and sets out "
                "goals such as identifying donors, mapping contacts inside Verenia and "
                "“assessing vulnerabilities” of leading members."
            ),
            _h("How we verified the document"),
            _p(
                "The Chronicle received the memo from a source with access to interior ministry "
                "correspondence. We checked its format, internal reference numbers and the names "
                "of officials against other ministry documents in our possession and against "
                "public records. Two former ministry employees independently confirmed that the "
                "format and language were consistent with genuine internal memos."
            ),
            _quote(
                "The choir sings folk songs on Sunday afternoons. The youngest member is seven. "
                "I would like to know which of our vulnerabilities the ministry has assessed.",
                "Karin Estvik, conductor of the Rivenholm Verenian Choir",
            ),
            _p(
                "The interior ministry did not deny the memo's authenticity. In a written "
                "statement, it said it was the ministry's duty “to protect Verenia from hostile "
                "activity, wherever it is organised” and that all its work was carried out "
                "within the law. It did not answer our questions about the choir or the "
                "Saturday school."
            ),
            _facts(
                "If you think you are being watched",
                "<p>Exile organisations in Vessland can report suspected surveillance to the "
                "Vessland Security Police, which has a dedicated contact point. Digital "
                "security advice is available from "
                '<a href="https://example.org/digital-safety">independent helplines</a>.</p>',
            ),
            _p(
                "Vessland's interior minister, Jens Oddvar, said his government took the "
                "report seriously and had asked the Verenian ambassador for an explanation. "
                "“Foreign states do not get to run surveillance operations against people "
                "living legally in Vessland,” he said. This article was updated the following "
                "day with the Vessland government's response."
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# World
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "kaldoria-military-exercise-near-verenian-border",
        "section": "world",
        "headline": "Kaldoria begins large military exercise ten kilometres from the Verenian "
        "border",
        "standfirst": "Around 18,000 troops are taking part in manoeuvres east of Dravny. "
        "Aldmark has raised its border alert level but says there is “no immediate threat”.",
        "authors": ["mira-solberg"],
        "agency": "",
        "topics": ["border-security"],
        "lead_photo": "dravny-border-winter",
        "days_ago": 0,
        "hour": 12,
        "updated_hours_later": 4,
        "body": [
            _p(
                "Kaldoria has begun what its defence ministry describes as a “routine "
                "readiness exercise” involving about 18,000 troops, armoured units and "
                "helicopters in the districts immediately east of the Verenian city of Dravny. "
                "Some of the training grounds lie within ten kilometres of the border, closer "
                "than in any exercise of the past decade."
            ),
            _p(
                "Verenia's defence ministry said it had raised the alert level of border units "
                "and was monitoring the exercise “around the clock”, but stressed that there "
                "was no indication of an immediate threat. Kaldoria notified neighbouring "
                "states of the exercise three days in advance, as required under a regional "
                "agreement, though with fewer details than the agreement foresees."
            ),
            _h("Why the timing matters"),
            _p(
                "The manoeuvres coincide with the State Assembly's vote on the fourth-term "
                "amendment and with municipal campaigning in Dravny, where Kaldorian state media "
                "are widely watched. Analysts in Rivenholm and Castra were divided over whether "
                "the timing was deliberate. Several noted that large exercises are usually held "
                "in late summer, not at the start of winter."
            ),
            _quote(
                "An exercise is a message with tanks attached. The question is always who the "
                "message is addressed to, and this time there may be more than one recipient.",
                "Leif Amundsen, security researcher at the Rivenholm Institute",
            ),
            _p(
                "In Dravny, residents reported heavy traffic of military trucks on the Kaldorian "
                "side of the frontier and helicopters flying low over the border villages. The "
                "crossing remained open, though several drivers told our correspondent that "
                "waiting times had doubled and that Verenian guards were searching more "
                "vehicles than usual."
            ),
            _facts(
                "The exercise in numbers",
                "<ul><li>About 18,000 troops, according to Kaldoria's defence ministry.</li>"
                "<li>Duration: “up to fourteen days”.</li>"
                "<li>Closest training ground: about ten kilometres from the border.</li></ul>",
            ),
            _p(
                "The Amber Compact's security committee will discuss the exercise at a "
                "meeting already scheduled for next week. Vessland's foreign ministry called on "
                "Kaldoria to “respect both the letter and the spirit” of the notification "
                "agreement. This article was updated with comments from Vessland and reports "
                "from Dravny."
            ),
        ],
    },
    {
        "slug": "lethia-reformist-coalition-wins-after-recount",
        "section": "world",
        "headline": "Lethia's reformist coalition wins narrow majority after recount",
        "standfirst": "Nadia Ferrant is set to become prime minister after the recount gave her "
        "alliance 76 of 150 seats. She has promised to make Lethia “the easiest country in "
        "the region to tell the truth in”.",
        "authors": ["mira-solberg"],
        "agency": "",
        "topics": ["elections", "diaspora"],
        "lead_photo": "lethia-victory-rally",
        "days_ago": 5,
        "hour": 20,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Lethia's reformist alliance has won a majority of one seat in parliament "
                "after a recount in two southern constituencies, the country's electoral "
                "commission announced. The alliance, led by former anti-corruption prosecutor "
                "Nadia Ferrant, will hold 76 of the 150 seats, ending nine years of government "
                "by the Lethian People's Party."
            ),
            _p(
                "The recount was requested after the initial results showed a margin of fewer "
                "than forty votes in the constituency of Maren. Observers from the Amber "
                "Compact, who monitored the process, said it had been carried out "
                "transparently and that the changes in the final tally were consistent with "
                "ordinary counting errors."
            ),
            _quote(
                "We have a majority of one. That is not a mandate to do whatever we like. It "
                "is a mandate to persuade, every single day.",
                "Nadia Ferrant, speaking to supporters in Castra",
            ),
            _h("What it means for Verenia"),
            _p(
                "Lethia is home to about 40,000 Verenian exiles and is the seat of several "
                "companies, including Nordstal Holdings, that control important Verenian "
                "assets. Ferrant's alliance has promised to publish a register of the ultimate "
                "owners of all companies registered in Lethia, which could expose who stands "
                "behind some of those firms."
            ),
            _p(
                "Ferrant has also pledged to simplify the registration of foreign media "
                "organisations, a move welcomed by exiled Verenian journalists, several of "
                "whom have struggled to open bank accounts in Castra. Her opponents warn that "
                "the changes could strain relations with Aldmark, Lethia's largest trading "
                "partner after Vessland."
            ),
            _p(
                "The outgoing prime minister conceded defeat in a brief statement and said his "
                "party would be a “vigilant and constructive” opposition. The new parliament "
                "is expected to confirm Ferrant's government within three weeks."
            ),
            _link(
                "https://example.org/data/lethia-election-results",
                "Lethia election 2026: results by constituency",
                "Final figures after the recount, with turnout and seat allocation.",
                "Lethian Electoral Commission",
            ),
        ],
    },
    {
        "slug": "vessland-eases-residency-rules-verenian-journalists-doctors",
        "section": "world",
        "headline": "Vessland eases residency rules for Verenian journalists and doctors",
        "standfirst": "A new fast-track permit will let qualifying applicants work from their "
        "first day in the country. Critics ask why other exiles must still wait a year.",
        "authors": ["mira-solberg"],
        "agency": "",
        "topics": ["diaspora", "press-freedom", "health"],
        "lead_photo": "rivenholm-morning",
        "days_ago": 2,
        "hour": 14,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Vessland will introduce a fast-track residence permit for Verenian citizens "
                "who work as journalists or in medicine, the interior ministry in Rivenholm "
                "announced. The permit will be valid for three years, can be renewed, and will "
                "allow holders to work from the day it is issued rather than after the current "
                "twelve-month waiting period."
            ),
            _p(
                "Interior minister Jens Oddvar said the change responded to two needs at once: "
                "protecting people who faced persecution for their work, and filling vacancies "
                "in Vessland's hospitals, which are short of about 2,000 doctors and nurses. "
                "Medical applicants will still have to pass a language test within eighteen "
                "months."
            ),
            _quote(
                "A Verenian surgeon waiting a year to be allowed to work is not a humanitarian "
                "policy. It is a waste of a surgeon.",
                "Jens Oddvar, Vessland's interior minister",
            ),
            _h("Who qualifies"),
            _facts(
                "The new permit",
                "<ul><li>Journalists: proof of at least two years' professional work and a "
                "letter from an editor or press association.</li>"
                "<li>Doctors, nurses and midwives: recognised qualifications.</li>"
                "<li>Family members are included in the application.</li></ul>",
            ),
            _p(
                "Applications will be handled by a dedicated unit in the migration agency, "
                "which the ministry says should decide most cases within eight weeks. "
                "Applicants who are already in Vessland on other permits will be able to "
                "switch without leaving the country, a change lawyers say will matter to "
                "hundreds of people who arrived on tourist visas and never went back."
            ),
            _p(
                "Organisations supporting Verenian exiles welcomed the change but questioned "
                "why it was limited to two professions. Teachers, lawyers and civil servants "
                "who lost their jobs for political reasons will still have to wait a year "
                "before they can work legally, and many end up in informal jobs in the "
                "meantime."
            ),
            _p(
                "The Verenian foreign ministry called the scheme “an attempt to drain Verenia "
                "of its professionals” and summoned Vessland's ambassador. Verenian doctors "
                "already in Rivenholm were less troubled. “Nobody drained me,” said a "
                "paediatrician who left Kessmar last year. “I left because I was told to stop "
                "talking about the hospital's broken ventilators.”"
            ),
        ],
    },
    {
        "slug": "amber-compact-delays-verenia-observer-status",
        "section": "world",
        "headline": "Amber Compact leaders delay decision on Verenia's observer status",
        "standfirst": "The nine-member bloc said it would revisit the question after Verenia's "
        "parliamentary election. Officials privately cite the foreign influence register.",
        "authors": ["mira-solberg", "jonas-pell"],
        "agency": "",
        "topics": [],
        "lead_photo": "compact-summit-podium",
        "days_ago": 7,
        "hour": 17,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Leaders of the Amber Compact have postponed a decision on granting Verenia "
                "observer status, a step that Aldmark had presented as a formality. In the "
                "closing statement of their summit in Castra, the bloc's nine members said "
                "they would “return to the matter after the parliamentary election in Verenia, "
                "in the light of the observers' findings”."
            ),
            _p(
                "Observer status would give Verenia a seat, without a vote, at the Compact's "
                "ministerial meetings and access to its infrastructure fund, worth about four "
                "billion marks over five years. Verenian officials had hoped to use the fund to "
                "modernise the Kessmar port and the rail line to the Vessland border."
            ),
            _h("Behind closed doors"),
            _p(
                "Three diplomats who attended the summit said the foreign influence register "
                "was raised by several delegations, as was the removal of opposition "
                "candidates from the ballot. One said that the decision to delay had been "
                "reached “without much drama”, because no member wanted to be seen endorsing "
                "Verenia weeks before an election whose fairness was already in question."
            ),
            _quote(
                "The door is open. It has always been open. But it is a door to a house with "
                "rules, and the rules are written down.",
                "Compact secretary-general Arvo Lindgren",
            ),
            _p(
                "Verenia's foreign minister described the delay as “regrettable but "
                "temporary” and accused unnamed members of the bloc of interfering in "
                "Verenian domestic affairs. Kaldoria, which is not a member, welcomed the "
                "decision as evidence that the Compact “does not want Verenia as an equal”."
            ),
            _pull(
                "The fund is worth four billion marks. The price of admission is an election "
                "worth the name."
            ),
            _p(
                "For Verenian businesses, the delay matters more than the diplomatic language "
                "suggests. Several large infrastructure tenders had been designed on the "
                "assumption that Compact money would be available from next year. Economists "
                "in Aldmark said the government would now have to choose between postponing "
                "the projects and borrowing at rates close to 14 per cent."
            ),
        ],
    },
    {
        "slug": "insurers-raise-premiums-grey-gulf-shipping",
        "section": "world",
        "headline": "Insurers raise premiums for ships crossing the Grey Gulf",
        "standfirst": "A string of incidents involving ships' navigation signals has pushed "
        "war-risk cover for Gulf voyages to its highest level in twenty years.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["energy", "border-security"],
        "lead_photo": "kessmar-port-dusk",
        "days_ago": 14,
        "hour": 10,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Marine insurers have raised premiums for vessels sailing to ports on the Grey "
                "Gulf after a series of incidents in which ships' satellite navigation signals "
                "were disrupted near the Kaldorian coast. Brokers in Rivenholm said the cost of "
                "war-risk cover for a single voyage to Kessmar had roughly tripled since the "
                "summer."
            ),
            _p(
                "At least fourteen ships reported that their positioning systems showed them "
                "far inland or circling in open water for periods of up to several hours. In "
                "two cases, vessels came close to running aground in fog. Maritime authorities "
                "in Vessland and Lethia have attributed the interference to transmitters on the "
                "Kaldorian shore, which Kaldoria denies."
            ),
            _quote(
                "A captain can navigate without satellites. Our grandfathers did it. But the "
                "insurance market prices uncertainty, and right now the Gulf is the most "
                "uncertain water in the region.",
                "Maren Dahl, marine insurance broker in Rivenholm",
            ),
            _h("Costs passed along the chain"),
            _p(
                "The higher premiums are being passed on to importers and exporters in all "
                "three Gulf states, but Verenia is the most exposed, because Kessmar handles "
                "about 70 per cent of its seaborne trade. Shipping agents say some lines are "
                "now calling at Kessmar only every other week, consolidating cargo to spread "
                "the extra cost."
            ),
            _photo("kessmar-port-day", "Containers waiting for a ship at Kessmar."),
            _p(
                "Ship captains say the interference has changed daily routines on the bridge. "
                "Officers now cross-check satellite positions against radar and paper charts "
                "more often, and some companies have told their crews to slow down in fog "
                "near the Kaldorian coast. Pilots in Kessmar report that more ships now ask "
                "for a pilot earlier in their approach, adding time and cost to every call."
            ),
            _p(
                "The governments of Vessland and Lethia have asked the Amber Compact to fund "
                "ground-based radio navigation stations along the coast, an older technology "
                "that is much harder to disrupt. Verenia, which is not a Compact member, has "
                "not joined the request and has made no public statement about the incidents."
            ),
        ],
    },
    {
        "slug": "kaldoria-halts-gas-deliveries-to-lethia",
        "section": "world",
        "headline": "Kaldoria halts gas deliveries to Lethia over unpaid transit fees",
        "standfirst": "Lethia says it has enough gas in storage to last until spring. Verenia, "
        "whose pipeline network links the two, is caught in the middle.",
        "authors": [],
        "agency": "Amber Wire",
        "topics": ["energy"],
        "lead_photo": None,
        "days_ago": 18,
        "hour": 8,
        "updated_hours_later": 6,
        "body": [
            _p(
                "Kaldoria's state gas company stopped deliveries to Lethia early in the "
                "morning, saying that the Lethian grid operator owed it 210 million marks in "
                "unpaid fees and penalties. Lethia disputes the amount and says the contract "
                "allows it to withhold payments while a pricing dispute is under arbitration."
            ),
            _p(
                "Lethia's energy ministry said storage facilities were 86 per cent full and "
                "that supplies to households and hospitals were secure until at least the end "
                "of March. Industrial users were asked to cut consumption by a tenth, and the "
                "government said it would buy additional liquefied gas through Vessland's "
                "terminal at Skarvik."
            ),
            _quote(
                "We have prepared for this for two years. It will be expensive. It will not be "
                "cold.",
                "Lethia's energy minister, at a news conference in Castra",
            ),
            _h("Verenia's pipelines in the middle"),
            _p(
                "Most Kaldorian gas reaches Lethia through pipelines that cross Verenia, which "
                "earns transit fees of its own. Verenergo, the state energy company, said "
                "flows through its network had fallen by about 40 per cent but that deliveries "
                "to Verenian customers were not affected."
            ),
            _p(
                "Energy analysts said the dispute could cost Verenia several hundred million "
                "marks in lost transit revenue over the winter, at a time when the budget is "
                "already under strain. Verenergo raised household tariffs twice this year, "
                "citing higher purchase prices."
            ),
            _p(
                "The arbitration tribunal in Rivenholm handling the pricing dispute is expected to "
                "rule next year. This article was updated with comments from Verenergo and "
                "Lethia's energy ministry."
            ),
        ],
    },
    {
        "slug": "lethian-border-families-from-dravny-school-gym",
        "section": "world",
        "headline": "At the Lethian border, families from Dravny wait out the winter in a school "
        "gym",
        "standfirst": "More than 300 people who crossed after the spring closure of the "
        "checkpoint are living in temporary shelters in Lethia's border towns. Most do not "
        "know where they will be next year.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["diaspora", "border-security"],
        "lead_photo": "exile-portrait-window",
        "days_ago": 25,
        "hour": 7,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The gym of the primary school in Vallen, a Lethian town of 6,000 people, has "
                "been divided into rooms with blue curtains hung from the basketball hoops. "
                "Behind each curtain are two or three camp beds, a suitcase and, in most cases, "
                "a child's drawing taped to the wall. Forty-two people from Dravny have lived "
                "here since the autumn."
            ),
            _p(
                "They are among more than 300 Verenians who crossed into Lethia after the "
                "spring, when the Dravny checkpoint was closed for a week and rumours spread "
                "that men of military age would no longer be allowed to leave. Most applied "
                "for protection in Lethia. Few have received a decision."
            ),
            _quote(
                "My son asks every morning if today we go home. I tell him that today we go to "
                "school. It is true, in a way. We live in one.",
                "A mother from Dravny, who asked not to be named",
            ),
            _h("A town that said yes"),
            _p(
                "Vallen's mayor offered the gym after the regional reception centre filled up. "
                "Local families bring soup on weekends, and the school has found places for "
                "eleven children in its classes. Teachers say the Verenian children learn "
                "Lethian quickly. Their parents, many of them factory workers or nurses, "
                "struggle more, and cannot work legally while their applications are pending."
            ),
            _p(
                "Lethia's incoming government has promised to shorten asylum procedures and "
                "to let applicants work after three months. For the families in the gym, the "
                "most pressing question is simpler: whether they will be moved before the end "
                "of the school year, when the gym is needed for exams."
            ),
            _pull("Behind each curtain: two camp beds, a suitcase and a child's drawing."),
            _p(
                "Back in Dravny, relatives say the mood has calmed since the spring but that "
                "few of those who left are thinking of returning before the election. “They "
                "want to see who wins, and then they want to see what the winner does,” said "
                "one man whose daughter is in Vallen. “In that order.”"
            ),
            _link(
                "https://example.org/help/lethia-asylum-guide",
                "Applying for protection in Lethia: a guide in Verenian and Russian",
                "Step-by-step information for new arrivals, prepared by volunteer lawyers.",
                "Border Legal Aid",
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Economy
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "bank-of-verenia-raises-rates-mark-slides",
        "section": "economy",
        "headline": "Bank of Verenia raises rates to 14% as the mark slides",
        "standfirst": "The central bank's third increase this year failed to stop the currency "
        "falling to a record low against the Vessland krone.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": [],
        "lead_photo": "aldmark-skyline-dusk",
        "days_ago": 0,
        "hour": 15,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The Bank of Verenia raised its main interest rate by 1.5 percentage points to "
                "14 per cent, the highest level since 2009, in an attempt to slow inflation and "
                "halt the decline of the mark. The currency nevertheless fell by almost two per "
                "cent against the Vessland krone within an hour of the announcement, to a "
                "record low."
            ),
            _p(
                "Governor Piotr Elvstad said the bank was “determined to restore price "
                "stability” and did not rule out further increases. Consumer prices rose 11 "
                "per cent in the year to last month, driven by food and energy. Inflation "
                "expectations among households, measured by the bank's own survey, are even "
                "higher."
            ),
            _h("Why the mark keeps falling"),
            _p(
                "Economists point to three pressures: the loss of transit income from gas, "
                "lower export earnings from the Halvik mines and a steady outflow of savings "
                "as families move money abroad. The delay of Amber Compact funding has added "
                "to the sense that the government will have to borrow heavily next year."
            ),
            _quote(
                "Rates can buy time. They cannot buy confidence. Confidence comes from "
                "institutions, and that is not something the central bank can set at a "
                "monthly meeting.",
                "Sofie Brandt, chief economist at a Rivenholm investment bank",
            ),
            _photo(
                "aldmark-evening-market",
                "At the Ost Bridge market in Aldmark, traders now update their prices weekly.",
            ),
            _p(
                "For households, the increase means more expensive mortgages and consumer "
                "loans, most of which carry variable rates. Estate agents in Aldmark said the "
                "number of flats for sale has risen sharply since the summer, as owners with "
                "large loans try to sell before payments rise further."
            ),
            _facts(
                "Key figures",
                "<ul><li>Main rate: 14 per cent (up from 12.5).</li>"
                "<li>Inflation: 11 per cent year on year.</li>"
                "<li>The mark has lost 23 per cent against the krone this year.</li></ul>",
            ),
            _p(
                "The bank's board will meet again in six weeks. Two of its seven members voted "
                "for a larger increase of two percentage points, according to the summary of "
                "the meeting, which will be published in full next month."
            ),
        ],
    },
    {
        "slug": "kessmar-container-traffic-falls-by-a-third",
        "section": "economy",
        "headline": "Container traffic at Kessmar falls by a third as shipping lines reroute",
        "standfirst": "Higher insurance costs and a weaker economy are pushing cargo towards "
        "Vessland's ports. Dockworkers say shifts have already been cut.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["labour"],
        "lead_photo": "kessmar-port-day",
        "days_ago": 3,
        "hour": 9,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The number of containers handled at the Kessmar Container Terminal fell by 34 "
                "per cent in the third quarter compared with the same period last year, "
                "according to figures published by the port authority. It is the steepest "
                "decline since the terminal opened in 1998, and follows two smaller drops in "
                "the first half of the year."
            ),
            _p(
                "Two of the four largest shipping lines serving Kessmar have reduced their "
                "calls to once a fortnight, while a third has moved part of its Verenian "
                "cargo to the Vessland port of Skarvik, from where it travels by truck across "
                "the border. Freight forwarders say the overland route is slower but, with "
                "current insurance premiums, often cheaper."
            ),
            _h("On the quay"),
            _p(
                "At the terminal, the effects are visible in the rosters. Dockworkers told the "
                "Chronicle that night shifts had been cut from five to three a week and that "
                "temporary contracts were not being renewed. The terminal employs about 1,400 "
                "people directly and several thousand more in trucking, warehousing and "
                "customs brokerage."
            ),
            _quote(
                "The cranes are still here. The ships are still coming, just fewer of them. "
                "What disappears first is the overtime, and for most of us the overtime was "
                "the difference between managing and not managing.",
                "A crane operator at Kessmar with nineteen years at the terminal",
            ),
            _p(
                "The terminal's operator said it was “adjusting capacity to demand” and "
                "remained confident that traffic would recover once conditions in the Gulf "
                "improved. It pointed to a new rail link to the Marrow plain, due to open next "
                "year, which it hopes will attract grain exports."
            ),
            _facts(
                "Kessmar at a glance",
                "<p>Verenia's largest port handles about 70 per cent of the country's "
                "seaborne trade. It has four gantry cranes for container ships, a grain "
                "terminal and a ferry berth for the Rivenholm route.</p>",
            ),
            _p(
                "Economists say the decline in port traffic mirrors a wider slowdown in "
                "imports as the mark weakens and consumers cut back. Exports, which should "
                "benefit from a cheaper currency, have not picked up, largely because the "
                "Halvik mines, the country's largest exporter, are operating at half capacity."
            ),
        ],
    },
    {
        "slug": "halvik-miners-strike-third-week",
        "section": "economy",
        "headline": "Halvik miners enter third week of strike over wage arrears",
        "standfirst": "About 2,300 workers have stopped work at two pits. The mining combine "
        "says it cannot pay; its owners paid themselves 38 million marks last year.",
        "authors": ["irina-vell", "jonas-pell"],
        "agency": "",
        "topics": ["labour", "corruption"],
        "lead_photo": "halvik-snow-night",
        "days_ago": 8,
        "hour": 11,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The strike at the Halvik Mining Combine's two largest copper pits has entered "
                "its third week, with about 2,300 workers refusing to go underground until "
                "their wage arrears are paid. The combine owes its employees an average of "
                "four months' salary, according to the independent miners' union, which is "
                "organising the action."
            ),
            _p(
                "Each morning, strikers gather at the gates of the Nordby pit at the start of "
                "what would be the first shift. They stand in the snow for an hour, share tea "
                "from flasks and go home. The union says the ritual is meant to show that the "
                "miners are ready to work as soon as they are paid."
            ),
            _quote(
                "We are not against the company. We are the company. Without us there is a "
                "hole in a mountain and some very expensive machines.",
                "Arne Tollefsen, chair of the Halvik miners' union",
            ),
            _h("Where the money went"),
            _p(
                "The combine's management says falling copper prices and the loss of Kaldorian "
                "buyers have left it without cash. But accounts filed in Lethia by its owner, "
                "Nordstal Holdings, show that Nordstal paid 38 million marks in dividends in "
                "the same year the arrears began, and lent a further 12 million to a company "
                "registered at the same address."
            ),
            _p(
                "The Chronicle asked Nordstal who its ultimate owners are. The company replied "
                "that the information was “commercially confidential”. Lethia's incoming "
                "government has promised a public register of beneficial owners, which could "
                "make the answer available next year."
            ),
            _facts(
                "The strike in figures",
                "<ul><li>Workers on strike: about 2,300 at two pits.</li>"
                "<li>Average arrears: four months' wages.</li>"
                "<li>Dividends paid by the owner in the same year: 38 million marks.</li></ul>",
            ),
            _p(
                "Local shops have begun offering credit to strikers' families, and a "
                "collection organised by Verenians in Rivenholm has raised enough money to pay "
                "heating bills for about 400 households for a month. The regional "
                "administration, without a governor since Gustav Lenner's resignation, has "
                "said it will mediate but has not set a date for talks."
            ),
        ],
    },
    {
        "slug": "remittances-exceed-foreign-investment",
        "section": "economy",
        "headline": "Money sent home by Verenians abroad now exceeds foreign investment",
        "standfirst": "Remittances reached 3.2 billion marks last year, more than twice the "
        "inflow of foreign direct investment. Our analysis of central bank data shows how "
        "dependent some regions have become.",
        "authors": ["felix-amund"],
        "agency": "",
        "topics": ["diaspora"],
        "lead_photo": "selvo-market-day",
        "days_ago": 10,
        "hour": 10,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Verenians living abroad sent 3.2 billion marks home last year, according to "
                "balance of payments data published by the Bank of Verenia, more than twice "
                "the 1.4 billion that foreign companies invested in the country. Five years "
                "ago, the two figures were roughly equal. Remittances now amount to about 6 "
                "per cent of the national economy."
            ),
            _p(
                "The Chronicle combined the central bank's figures with regional data on "
                "money transfer payouts, which the bank publishes with less fanfare. In three "
                "eastern districts, including Dravny, payouts from abroad were larger than the "
                "total wages paid by local employers registered with the tax office."
            ),
            _pull("In three eastern districts, money from abroad now exceeds the local payroll."),
            _h("A lifeline and a warning"),
            _p(
                "Economists describe remittances as a stabiliser: they arrive in hard currency, "
                "they rise when times at home are bad, and they go directly to households. But "
                "they also reflect the departure of working-age people, many of them skilled, "
                "and they tend to finance consumption rather than investment."
            ),
            _quote(
                "Every transfer is a family deciding that someone will not come home this "
                "year. It keeps the lights on. It does not build a factory.",
                "Henrik Dal, economist at Selvo University",
            ),
            _p(
                "Transfers come mainly from Vessland and Lethia, but also from further afield: "
                "payouts from North America and from the wider region have grown quickly since "
                "2023. The most common amount sent, according to one money transfer company, "
                "is 300 marks, roughly a week's average wage in the east."
            ),
            _facts(
                "About this analysis",
                "<p>We used quarterly balance of payments data and regional payout statistics "
                "from the Bank of Verenia, and compared them with employer payroll data from "
                "the tax office. Our spreadsheet and code are "
                '<a href="https://example.org/data/remittances">available for download</a>.</p>',
            ),
            _p(
                "The government rarely mentions remittances in its economic statements. The "
                "finance ministry's budget forecast assumes that they will keep growing by "
                "about 8 per cent a year, which would make them one of the most reliable "
                "sources of foreign currency the country has."
            ),
        ],
    },
    {
        "slug": "verenergo-raises-household-tariffs-again",
        "section": "economy",
        "headline": "Verenergo raises household energy tariffs for the second time this winter",
        "standfirst": "Heating and electricity bills will rise by an average of 17 per cent "
        "from next month. Pensioners' groups say many will have to choose between heat and "
        "food.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["energy", "health"],
        "lead_photo": "aldmark-snow-evening",
        "days_ago": 13,
        "hour": 16,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The state energy company Verenergo will raise household electricity and "
                "district heating tariffs by an average of 17 per cent from the start of next "
                "month, the energy regulator said. It is the second increase since October. "
                "Taken together, the two rises will add about 60 marks a month to the bill of a "
                "typical two-room flat in Aldmark."
            ),
            _p(
                "Verenergo said the increase reflected higher prices for imported gas and the "
                "weaker mark, and that tariffs remained among the lowest in the region. The "
                "regulator approved the change without the public consultation normally "
                "required, citing an “exceptional situation on the energy markets”."
            ),
            _h("The people who will feel it most"),
            _p(
                "The average state pension is about 1,100 marks a month. Pensioners' groups "
                "estimate that heating and electricity will soon take up more than a quarter "
                "of that for those living alone in older buildings, which are often poorly "
                "insulated. Social workers in Halvik and Dravny say they are already seeing "
                "elderly people closing off rooms to save heat."
            ),
            _quote(
                "I heat the kitchen and I sleep in the kitchen. The rest of the flat is for "
                "summer.",
                "A retired railway worker in Aldmark, aged 78",
            ),
            _p(
                "The government has promised a one-off winter payment of 200 marks for "
                "pensioners and low-income households, to be paid in January. Opposition "
                "deputies called the amount “a gesture, not a policy” and pointed out that the "
                "payment would cover less than four months of the new increase."
            ),
            _link(
                "https://example.org/tools/energy-bill-calculator",
                "Energy bill calculator",
                "Estimate your new monthly bill from your flat size and heating type.",
                "Verenian Consumer Association",
            ),
            _p(
                "Verenergo's annual report shows that the company paid the state a dividend of "
                "420 million marks last year. Economists say that, in effect, households are "
                "now financing part of the budget through their heating bills."
            ),
        ],
    },
    {
        "slug": "aldmark-software-firms-move-payrolls-abroad",
        "section": "economy",
        "headline": "Aldmark's software firms quietly move their payrolls abroad",
        "standfirst": "Tax data show that the number of programmers employed in Verenia has "
        "fallen by 41 per cent in three years. Many still work for the same companies, just "
        "not from Aldmark.",
        "authors": ["felix-amund"],
        "agency": "",
        "topics": ["technology", "diaspora"],
        "lead_photo": "aldmark-skyline-night",
        "days_ago": 22,
        "hour": 12,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Three years ago, Verenia's software industry was one of the few sectors that "
                "economists of every political stripe described as a success. It employed "
                "about 28,000 people, paid wages three times the national average and earned "
                "most of its revenue abroad. Today, according to tax office data analysed by "
                "the Chronicle, it employs fewer than 17,000 inside the country."
            ),
            _p(
                "The work has not disappeared. Interviews with founders and staff at nine "
                "companies suggest that most of the jobs have moved, along with the people who "
                "do them, to Rivenholm, Castra and further west. In many cases the Verenian "
                "company remains, with a small office and a handful of staff, while the bulk "
                "of the payroll sits with a subsidiary abroad."
            ),
            _quote(
                "We never announced that we were leaving. One developer moved, then a team, "
                "then the accounts department. One day I realised that the Aldmark office was "
                "mostly a place where we kept the coffee machine.",
                "Co-founder of an Aldmark software company",
            ),
            _h("What pushed them out"),
            _p(
                "Founders cite several reasons: the difficulty of keeping staff who feared "
                "being called up for reserve training, new rules requiring companies to store "
                "user data on servers inside Verenia, and the fear that the foreign influence "
                "register could be extended to businesses with foreign clients. Several said "
                "that the final push came from their customers, who worried about sanctions."
            ),
            _pull("One developer moved, then a team, then the accounts department."),
            _p(
                "The loss is significant for public finances. Programmers were among the "
                "country's highest taxpayers, and the sector was a large source of hard "
                "currency. The tax office estimates that income tax receipts from IT workers "
                "have fallen by more than half since 2023."
            ),
            _p(
                "The government has announced a programme of tax breaks for technology "
                "companies that bring staff back, but founders we spoke to were sceptical. "
                "“Taxes were never the problem,” one said. “The problem is that my staff want "
                "to be able to read the news on their phones without a VPN.”"
            ),
        ],
    },
    {
        "slug": "record-harvest-empty-silos-farmers-losing-money",
        "section": "economy",
        "headline": "Record harvest, empty pockets: why Verenian farmers are still losing money",
        "standfirst": "The Marrow plain produced more wheat than ever this year. Between low "
        "world prices, scarce storage and a port that cannot load it, many farmers are "
        "selling below cost.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["climate", "labour"],
        "lead_photo": "marrow-plain-autumn",
        "days_ago": 30,
        "hour": 9,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The wheat harvest on the Marrow plain was the largest on record this year, "
                "helped by a wet spring and a long, warm autumn. Yet across the plain, farmers "
                "say they will make a loss. Grain is piling up in barns, sheds and, in some "
                "villages, under tarpaulins in the open, waiting for buyers who are offering "
                "less than it cost to grow."
            ),
            _p(
                "The problem is partly global: world wheat prices have fallen by about a "
                "fifth since last year. But farmers and traders say Verenian growers are "
                "hit harder than their neighbours because of the cost of fuel and fertiliser, "
                "which are priced in foreign currency, and because of bottlenecks at the port "
                "of Kessmar."
            ),
            _quote(
                "The weather gave us everything it had. The market took it back, with interest.",
                "Johan Ekberg, who farms 400 hectares near the village of Orm",
            ),
            _h("Too much grain, too few places to put it"),
            _p(
                "Verenia's grain storage capacity has barely grown in a decade, while yields "
                "have risen. In a normal year, much of the harvest is loaded directly onto "
                "ships at Kessmar. With fewer ships calling and the grain terminal's conveyor "
                "under repair after a fire, that route is partly blocked."
            ),
            _p(
                "The agriculture ministry has offered subsidised loans to farmers who keep "
                "their grain off the market until spring, but the scheme requires proof of "
                "proper storage that many smaller farms cannot provide. Farmers' "
                "associations have asked for temporary storage in army depots, so far without "
                "an answer."
            ),
            _photo(
                "selvo-market-day",
                "Bread at Selvo's market has not become cheaper despite the glut.",
            ),
            _p(
                "For consumers, the glut has not translated into cheaper bread. Bakers say "
                "that flour is only a small part of their costs and that energy, wages and "
                "rent have all risen. The price of a standard loaf in Aldmark is up 14 per cent "
                "on last year."
            ),
            _facts(
                "The harvest in figures",
                "<ul><li>Wheat harvest: a record 6.8 million tonnes.</li>"
                "<li>Average price offered to farmers: down 22 per cent on last year.</li>"
                "<li>Storage capacity: about 4.5 million tonnes nationwide.</li></ul>",
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Opinion
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "editorial-the-amendment-is-about-the-rules",
        "section": "opinion",
        "headline": "The amendment is not about one man. It is about whether the rules still "
        "bind anyone",
        "standfirst": "Whatever deputies decide this week, a constitution that can be rewritten "
        "whenever it becomes inconvenient is no longer doing the job of a constitution.",
        "authors": ["tomas-reinholt"],
        "agency": "",
        "topics": ["elections", "courts"],
        "lead_photo": None,
        "days_ago": 0,
        "hour": 19,
        "updated_hours_later": 0,
        "body": [
            _p(
                "It is tempting to write about this week's vote in the State Assembly as a "
                "story about Aurel Vorlund: his ambitions, his health, his lack of an obvious "
                "successor. That is how the government wants it to be understood, and it is "
                "how much of the coverage abroad will frame it. We think that framing misses "
                "the point."
            ),
            _p(
                "A constitution is a promise that some rules will hold even when the people "
                "in power would prefer otherwise. That is its entire purpose. A limit on "
                "presidential terms that can be lifted by the president's own majority, "
                "whenever the limit approaches, is not a limit. It is a suggestion with a "
                "deadline that can be moved."
            ),
            _pull(
                "A term limit that can be lifted by the president's own majority is not a limit."
            ),
            _h("The second time is different"),
            _p(
                "In 2020, the government argued that the office of president had been "
                "redefined and that the count of terms should therefore start again. Many "
                "Verenians found the argument strained, but it was at least an argument, and "
                "the Constitutional Court, narrowly, accepted it. This time no such argument "
                "has been offered. The amendment simply removes the limit for the current "
                "holder of the office."
            ),
            _p(
                "Supporters of the change say that voters will still decide, and that a "
                "president who has lost their confidence can be voted out. That would be more "
                "persuasive if the same months had not seen opposition candidates removed "
                "from ballots, independent newsrooms blocked, and a register introduced that "
                "makes it harder for citizens to organise outside the state's supervision."
            ),
            _p(
                "The deputies who will decide the outcome, the fifteen independents and a "
                "handful of uneasy members of the ruling bloc, are not being asked whether "
                "they like the president. They are being asked whether they want to live in a "
                "country where any rule can be changed by whoever holds enough seats on a "
                "particular afternoon. That includes rules that protect them."
            ),
            _p(
                "We do not expect this editorial to change any votes. We publish it so that, "
                "whatever happens, there is a clear record that the question was put plainly, "
                "and that some Verenians answered it before they knew which answer would be "
                "safe."
            ),
        ],
    },
    {
        "slug": "what-we-owe-readers-who-cannot-safely-read-us",
        "section": "opinion",
        "headline": "What we owe readers who cannot safely read us",
        "standfirst": "Two thirds of our audience is inside Verenia, reading through VPNs and "
        "mirror sites. That changes how we should write, and what we should ask of them.",
        "authors": ["samuel-achterberg"],
        "agency": "",
        "topics": ["press-freedom", "technology"],
        "lead_photo": "rivenholm-morning",
        "days_ago": 4,
        "hour": 8,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Every morning, around two thirds of the people who open this website do so "
                "from inside a country where doing so is, if not yet illegal, then certainly "
                "unwise. They come through VPNs, mirror sites and forwarded messages. Some of "
                "them read us at work, on a phone held below the desk. A few, we know, print "
                "articles and pass them on."
            ),
            _p(
                "It is easy for an exiled newsroom to forget this. We work in an office in "
                "Rivenholm with a view of the harbour. We can say what we like. Our readers "
                "cannot, and the gap between our safety and theirs creates obligations that "
                "go beyond the usual ones of accuracy and fairness."
            ),
            _h("Three obligations"),
            _p(
                "The first is not to ask for more courage than we have ourselves. It is cheap, "
                "from Rivenholm, to call on people in Aldmark to protest, to sign petitions, "
                "to share our articles under their own names. We will report on those who "
                "choose to do so. We will not tell anyone they should."
            ),
            _p(
                "The second is to make our work safe to read. That means a site that loads "
                "quickly on bad connections, keeps no tracking cookies and makes no requests "
                "to third parties that might reveal a reader's visit. It means offering "
                "articles as PDFs that can be shared offline, and never asking readers to log "
                "in to read the news."
            ),
            _quote(
                "I read you at night, after the children are asleep. Please keep writing "
                "about the small things too: the bus routes, the hospitals. Those are the "
                "things nobody else tells us.",
                "A reader in Kessmar, in a message to the newsroom",
            ),
            _p(
                "The third is to write for people who are tired. Our readers live in a "
                "country where the news is mostly bad and often frightening. They deserve "
                "journalism that explains rather than alarms, that gives them something "
                "useful to do with what they learn, and that occasionally, when it is true, "
                "tells them that something has gone right."
            ),
            _p(
                "None of this is heroic. It is the ordinary work of serving an audience, "
                "adapted to an audience that takes a risk every time it clicks. We owe them "
                "at least as much care as they show us."
            ),
        ],
    },
    {
        "slug": "letter-from-dravny-packed-suitcases",
        "section": "opinion",
        "headline": "Letter from Dravny: the town where everyone has a packed suitcase",
        "standfirst": "Nobody here says they are leaving. But ask to see the hall cupboard and "
        "you will usually find a bag that is ready to go.",
        "authors": ["irina-vell"],
        "agency": "",
        "topics": ["border-security", "diaspora"],
        "lead_photo": "dravny-street-dusk",
        "days_ago": 9,
        "hour": 20,
        "updated_hours_later": 0,
        "body": [
            _p(
                "My neighbour keeps hers under the bed: a blue sports bag with documents in a "
                "plastic folder, two changes of clothes, a phone charger, some cash in three "
                "currencies and a small jar of her mother's honey. She packed it in the spring, "
                "during the week the checkpoint was closed, and has never unpacked it. “It is "
                "not a plan,” she told me. “It is a habit.”"
            ),
            _p(
                "Dravny is full of such habits. People here fill their car's fuel tank when it "
                "is still half full. They keep copies of their children's birth certificates "
                "at a cousin's house. They know, without having to look it up, which roads to "
                "the Lethian border are closed in winter and which pharmacies stay open at "
                "night."
            ),
            _h("Ordinary life, with an exit"),
            _p(
                "None of this means that Dravny is a town in panic. The cafés on Market Street "
                "are full on Saturday mornings. The new cinema shows films in two languages. "
                "Children skate on the frozen pond behind the old textile factory as they have "
                "done for fifty years. Life is ordinary. It just has an emergency exit sign "
                "above it, glowing faintly all the time."
            ),
            _pull("Life is ordinary here. It just has an emergency exit sign above it."),
            _p(
                "What strikes me, as someone who grew up here, is how little anyone talks "
                "about it. Politicians in Aldmark talk about Dravny constantly, as a symbol "
                "of loyalty or of danger. Television from across the border talks about it as "
                "a place of suffering. People in Dravny talk about the price of potatoes, the "
                "football results and whose daughter is getting married."
            ),
            _p(
                "Perhaps that is the real meaning of the suitcases. They are not a sign that "
                "people want to leave. They are what allows them to stay: a small private "
                "guarantee that if the worst happens, they will not be caught unprepared. "
                "With the bag packed, you can get on with your life."
            ),
            _p(
                "My neighbour's honey, she admitted recently, has crystallised. She is "
                "thinking of replacing it with a new jar. I told her that sounded like a good "
                "sign. She laughed and said that it meant she was planning to be here for the "
                "next harvest. Then she put the bag back under the bed."
            ),
        ],
    },
    {
        "slug": "sanctions-change-the-regimes-arithmetic",
        "section": "opinion",
        "headline": "Sanctions will not topple this government. They can still change its "
        "arithmetic",
        "standfirst": "The debate about penalties on Verenian officials is stuck between those "
        "who expect too much and those who expect nothing. Both are wrong.",
        "authors": ["jonas-pell"],
        "agency": "",
        "topics": ["corruption"],
        "lead_photo": "presidential-briefing",
        "days_ago": 16,
        "hour": 18,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Every few months, someone in Rivenholm or Castra proposes new sanctions on "
                "Verenian officials, and the same argument follows. One side claims that the "
                "right list of names, frozen accounts and travel bans will force the "
                "government to change course. The other side points out that this has never "
                "happened and concludes that sanctions are pointless, or worse, that they "
                "hurt ordinary Verenians."
            ),
            _p(
                "Both sides are arguing about the wrong question. Targeted sanctions rarely "
                "change a government. What they can do, if designed carefully, is change the "
                "calculations of the people around it: the bankers, the regional bosses, the "
                "owners of companies registered abroad whose loyalty depends on being able to "
                "enjoy their money somewhere pleasant."
            ),
            _h("Follow the holding companies"),
            _p(
                "Consider the Halvik Mining Combine. Its owners, whoever they are, paid "
                "themselves 38 million marks while miners went unpaid. That money did not "
                "stay in Halvik. It went to a company in Lethia, and from there, presumably, "
                "somewhere else. Every step of that journey passed through banks and "
                "registries in countries that say they support a democratic Verenia."
            ),
            _p(
                "The most effective measure available to Verenia's neighbours is therefore "
                "not a new list of names but an old-fashioned question: who owns this? "
                "Lethia's new government has promised a register of beneficial owners. If "
                "Vessland did the same, and if banks were required to ask the question before "
                "accepting Verenian money, the arithmetic of loyalty in Aldmark would start "
                "to look different."
            ),
            _quote(
                "Every regime runs on a budget, and part of that budget is the comfort of the "
                "people who keep it in place.",
                "Jonas Pell",
            ),
            _p(
                "There is a fair objection: ordinary Verenians also move money abroad, often "
                "to protect modest savings from inflation, and blunt measures would punish "
                "them. That is a reason to design rules that catch holding companies rather "
                "than pensioners, not a reason to do nothing."
            ),
            _p(
                "Sanctions will not bring the next election forward or restore this "
                "newsroom's licence. But they can make it more expensive to be loyal to a "
                "system that depends on moving money quietly. That is not nothing. In a "
                "country where so many decisions are made on the basis of cost, it might even "
                "be quite a lot."
            ),
        ],
    },
    {
        "slug": "verenias-best-scientists-are-leaving",
        "section": "opinion",
        "headline": "Verenia's best scientists are leaving. Nobody in government seems to mind",
        "standfirst": "A country that cannot keep its researchers will not be able to solve "
        "its own problems, from the dying Gulf to its failing hospitals.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": ["technology", "diaspora", "climate"],
        "lead_photo": "aldmark-central-station",
        "days_ago": 19,
        "hour": 7,
        "updated_hours_later": 0,
        "body": [
            _p(
                "When I studied marine biology in Kessmar, our department had eleven "
                "researchers working on the Grey Gulf. Today it has four. The others are in "
                "Rivenholm, Castra and, in one case, on another continent. None of them left "
                "because they wanted to. They left because grants were cut, equipment was not "
                "replaced and, increasingly, because their findings were unwelcome."
            ),
            _p(
                "This is not a story about one department. A survey published this month by "
                "the Young Academy of Verenia found that about half of the country's "
                "researchers under 40 have moved abroad since 2022. In some fields, "
                "including climate science and epidemiology, the share is higher."
            ),
            _pull(
                "Nobody left because they wanted to. They left because their findings were "
                "unwelcome."
            ),
            _h("The cost of silence"),
            _p(
                "It would be comforting to think that science can simply be imported: that "
                "Verenia can read research done elsewhere and apply it at home. But many of "
                "the country's most urgent problems are local. Nobody else will measure "
                "oxygen levels in the Grey Gulf, map the retreat of the Brenna glacier or "
                "track measles in the northern valleys, because nobody else lives there."
            ),
            _p(
                "The government's response has been a programme of “patriotic research "
                "grants”, awarded by a council whose members are appointed by the education "
                "ministry. The first round funded studies of national history and military "
                "technology. It funded nothing at all on climate or public health."
            ),
            _p(
                "What would help is not complicated. Researchers need stable funding, "
                "decided by their peers, and the assurance that publishing an inconvenient "
                "result will not end their career. Several of those who left have told me "
                "they would return tomorrow for those two things alone."
            ),
            _link(
                "https://example.org/reports/young-academy-survey",
                "Leaving the lab: a survey of Verenian researchers under 40",
                "The full results of the Young Academy's survey, with methodology.",
                "Young Academy of Verenia",
            ),
        ],
    },
    {
        "slug": "in-defence-of-the-boring-vote",
        "section": "opinion",
        "headline": "In defence of the boring vote",
        "standfirst": "Elections in Verenia are treated as dramas of heroism and betrayal. The "
        "country would be better served by a little more tedium.",
        "authors": ["samuel-achterberg"],
        "agency": "",
        "topics": ["elections"],
        "lead_photo": "aldmark-assembly-day",
        "days_ago": 52,
        "hour": 10,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Every Verenian election of the past fifteen years has been described, by "
                "someone, as the most important in the country's history. Each has been "
                "presented as a final battle between good and evil, freedom and order, the "
                "nation and its enemies. Each has been followed by disappointment, because "
                "no election can carry that much weight."
            ),
            _p(
                "I would like to make a case for the boring vote: the vote cast not as an act "
                "of heroism but as a routine act of maintenance, like paying a bill or "
                "changing a tyre. In healthy democracies, most people vote in this spirit. "
                "They weigh a few issues, consider a few candidates, and go home to make "
                "dinner. They do not expect to be saved."
            ),
            _h("Why drama helps those in power"),
            _p(
                "The dramatic framing suits incumbents. If every election is existential, "
                "then every opponent is an existential threat, and almost any measure to "
                "defeat them can be justified. It also exhausts voters, who learn that "
                "politics is a source of fear rather than a way of solving problems."
            ),
            _pull(
                "In healthy democracies, people vote and go home to make dinner. They do not "
                "expect to be saved."
            ),
            _p(
                "The opposition is not immune. Campaigns that promise to rescue the nation "
                "raise expectations that no government could meet, and set up their own "
                "supporters for bitterness. The most effective opposition politicians I have "
                "met talk about bus timetables, school meals and hospital waiting lists."
            ),
            _p(
                "A boring election is not one in which nothing is at stake. It is one in "
                "which the stakes are understood to be limited, because the losers will get "
                "another chance in five years. That expectation is the real foundation of "
                "democracy. Everything else is scaffolding."
            ),
            _p(
                "Verenia is a long way from boring elections. But the way to get there is "
                "not to raise the temperature further. It is to keep insisting, patiently and "
                "without melodrama, that voting should be ordinary, and that no one's "
                "future should depend on a single day."
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Culture
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "banned-play-quiet-ministry-opens-in-rivenholm",
        "section": "culture",
        "headline": "A play banned in Aldmark opens to a full house in exile",
        "standfirst": "“The Quiet Ministry”, a comedy about a government department that "
        "produces nothing at all, was withdrawn from the Aldmark Studio Theatre in 2024. Its "
        "Rivenholm premiere sold out in a day.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": ["press-freedom", "diaspora"],
        "lead_photo": "national-theatre-stage",
        "days_ago": 1,
        "hour": 21,
        "updated_hours_later": 0,
        "body": [
            _p(
                "For a play that was deemed too dangerous for Verenian audiences, “The Quiet "
                "Ministry” is remarkably gentle. Its three characters are civil servants in a "
                "department whose purpose nobody can remember. They arrive at work, stamp "
                "documents, hold meetings about the meetings and go home. Nothing happens, "
                "and for ninety minutes the audience at Rivenholm's Harbour Stage laughs as if "
                "its life depended on it."
            ),
            _p(
                "The play, by the Aldmark writer Tove Renberg, was in rehearsal at the Aldmark "
                "Studio Theatre in 2024 when the culture ministry asked to see the script. Two "
                "weeks later the theatre announced that the production had been postponed "
                "“for technical reasons”. The director and the three actors left Verenia the "
                "following spring."
            ),
            _h("A comedy of nothing"),
            _p(
                "What makes the play so funny, and perhaps so unsettling to its censors, is its "
                "precision. Renberg worked for six years in a provincial tax office, and every "
                "detail rings true: the form that must be signed before the form can be "
                "requested, the colleague who has mastered the art of looking busy, the "
                "memo that arrives from above and is understood by nobody."
            ),
            _quote(
                "I did not write a play about the government. I wrote a play about an office. "
                "If the government recognised itself, that is not my responsibility.",
                "Tove Renberg, playwright",
            ),
            _p(
                "The performances are superb. As the head of department, Elin Varga moves "
                "from pompousness to panic with tiny adjustments of her posture. Piet Lorenz, "
                "as the youngest clerk, is the only character who asks what the ministry is "
                "for, and the silence that follows his question is the best moment of the "
                "evening."
            ),
            _pull(
                "The silence that follows the clerk's question is the best moment of the evening."
            ),
            _p(
                "Much of the audience on opening night was Verenian, and the laughter had the "
                "edge of recognition. Several people I spoke to afterwards said they had "
                "worked in exactly such an office; one said she still did, remotely, for a "
                "ministry in Aldmark, and asked not to be named."
            ),
            _p(
                "“The Quiet Ministry” runs at the Harbour Stage until the end of next month, "
                "with surtitles in Vessland's language on Thursdays. A recording is being "
                "made for online release, which the company hopes will reach audiences "
                "inside Verenia."
            ),
        ],
    },
    {
        "slug": "exile-poetry-anthology-refuses-to-be-sad",
        "section": "culture",
        "headline": "An anthology of exile poetry that refuses to be sad",
        "standfirst": "Thirty-four poets, eleven languages, one rule from the editors: no poems "
        "about suitcases. The result is the liveliest book of Verenian verse in years.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": ["diaspora"],
        "lead_photo": "poetry-reading-stage",
        "days_ago": 6,
        "hour": 19,
        "updated_hours_later": 0,
        "body": [
            _p(
                "When the editors of “Other Rooms”, a new anthology of poetry by writers who "
                "have left Verenia, sent out their call for submissions, they added one "
                "condition. No poems about suitcases, they wrote, and none about airports. "
                "“We had read enough of those,” one of them, the poet Mara Holm, told me. "
                "“We wanted to know what people write about once they have unpacked.”"
            ),
            _p(
                "The answer, it turns out, is almost everything. There are poems about "
                "learning to swear in a new language, about the strange colour of supermarket "
                "light in Castra, about a grandmother's voice on a bad phone line, about "
                "falling in love with someone who has never heard of Halvik. Grief is present, "
                "but it has to share the room."
            ),
            _h("Many languages, one book"),
            _p(
                "The anthology is printed in the languages the poets write in, with Verenian "
                "translations facing the originals. Most write in Verenian or Russian, some "
                "in Lethian or Vessland's language, and a few in the languages of families "
                "that came to Verenia from further away. One of the most striking poems, by "
                "the Aldmark-born poet Samir Haddad, turns on a single Arabic line his "
                "father used to say: <i>الوطن ليس مكاناً</i>, “home is not a place”."
            ),
            _p(
                "Haddad's poem takes the phrase apart over four stanzas, testing it against "
                "his own experience of three countries and finding it both true and not true "
                "enough. At the launch reading in Rivenholm, he read the Arabic line aloud, "
                "paused, and then read it again in Verenian. The room was silent for a long "
                "moment before anyone applauded."
            ),
            _quote(
                "My father said home is not a place. He said it in a flat in Aldmark that he "
                "had spent twenty years making into a place. I think he meant both things.",
                "Samir Haddad, poet",
            ),
            _photo("writer-portrait-dusk", "Mara Holm, one of the anthology's editors."),
            _p(
                "Not every poem succeeds. A few fall back on the very clichés the editors "
                "tried to exclude, and the section on politics feels thinner than the rest. "
                "But the best work here, including Holm's own sequence about learning to ride "
                "a bicycle at forty in a city of cyclists, has a lightness that is rare in "
                "writing about exile."
            ),
            _link(
                "https://example.com/books/other-rooms",
                "Other Rooms: New Poetry from the Verenian Diaspora",
                "The publisher's page, with sample poems and a list of launch readings.",
                "Lantern Press",
            ),
        ],
    },
    {
        "slug": "selvo-festival-goes-ahead-minus-songs",
        "section": "culture",
        "headline": "Selvo's summer festival goes ahead, minus the songs the ministry did not like",
        "standfirst": "Organisers agreed to submit set lists in advance. Some bands complied. "
        "Others found that the audience already knew the words.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": ["press-freedom"],
        "lead_photo": "selvo-festival-stage",
        "days_ago": 12,
        "hour": 22,
        "updated_hours_later": 0,
        "body": [
            _p(
                "For three days, the meadows below Selvo's old town filled with tents, food "
                "stalls and around 30,000 people for the city's summer festival, which has run "
                "every year since 1991. For the first time, every band on the bill had to "
                "submit its set list to the regional culture department two weeks in advance. "
                "Eleven songs were struck off."
            ),
            _p(
                "The organisers, who accepted the condition to secure the festival's licence, "
                "have not published the list of removed songs. But it was not hard to "
                "reconstruct. Several were well-known protest songs from the early 1990s; "
                "others were recent tracks whose lyrics mention the president's residence on "
                "Lake Orm or the Halvik mines."
            ),
            _h("The crowd fills the gaps"),
            _p(
                "On the second night, the Kessmar band Low Tide played its approved set to the "
                "minute. When it finished, the musicians put down their instruments, stepped "
                "to the edge of the stage and stood in silence. After a few seconds, the crowd "
                "began to sing one of the banned songs on its own, unaccompanied. The band "
                "listened, bowed and walked off."
            ),
            _quote(
                "We did exactly what we promised. We played the approved songs. We did not "
                "promise to stop other people singing.",
                "A member of Low Tide, speaking after the concert",
            ),
            _p(
                "Police at the festival did not intervene, and the regional culture "
                "department said it had no comment on “spontaneous audience activity”. The "
                "festival's director said she was grateful that the event had taken place at "
                "all, and hoped the pre-approval requirement would be dropped next year."
            ),
            _pull("The band listened, bowed and walked off. The crowd kept singing."),
            _p(
                "Musically, the festival was strong, with a particularly good showing from "
                "young folk acts from the north, whose songs about mountains and mines needed "
                "no approval at all to sound defiant. Whether next year's edition will be "
                "allowed to go ahead on the same terms is, for now, an open question."
            ),
        ],
    },
    {
        "slug": "national-museum-returns-folk-costumes",
        "section": "culture",
        "headline": "National Museum returns 200 folk costumes to the families who made them",
        "standfirst": "The costumes were taken from villages in the Halvik valleys in the "
        "1950s for an exhibition that never opened. Some were still wrapped in the original "
        "newspaper.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": [],
        "lead_photo": None,
        "days_ago": 47,
        "hour": 11,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The National Museum in Aldmark has begun returning about 200 embroidered folk "
                "costumes to families in the Halvik valleys, seventy years after they were "
                "collected for a planned exhibition on “the peoples of the northern "
                "mountains”. The exhibition never opened, and the costumes spent decades in "
                "storage, some of them still wrapped in newspaper from 1954."
            ),
            _p(
                "Museum staff began tracing the original owners three years ago, using the "
                "collectors' notebooks, which recorded the village and sometimes the name of "
                "the woman who had made each piece. Local historians and a regional radio "
                "station helped find descendants. So far, 63 families have been identified."
            ),
            _quote(
                "My grandmother talked about this dress until she died. She said a man from "
                "the city came with a car and a receipt, and that was the last she saw of it. "
                "We still have the receipt.",
                "Marta Skog, from the village of Brenna",
            ),
            _h("Stitches as records"),
            _p(
                "The costumes are valued by historians not only for their beauty but as "
                "records. Patterns varied from valley to valley and sometimes from family to "
                "family, and embroidery often encoded information about marriages, births and "
                "deaths. Several families have agreed to let the museum photograph and "
                "document their costumes before taking them home."
            ),
            _facts(
                "The costumes",
                "<ul><li>About 200 pieces, mostly women's festival dress.</li>"
                "<li>Collected between 1952 and 1955 in 19 villages.</li>"
                "<li>63 families identified so far; the museum is still searching.</li></ul>",
            ),
            _p(
                "The returns have been welcomed across the political spectrum, a rare thing "
                "in Verenian cultural life. The museum's director said the project showed that "
                "“a national collection can be generous as well as large”. In Halvik, several "
                "families are planning to wear the returned costumes at the spring festival."
            ),
            _p(
                "Families who believe a costume in the collection may have belonged to "
                "their relatives can contact the museum's research department, which has "
                "published photographs of the unclaimed pieces on its "
                + _a("museum/costumes", "online catalogue")
                + "."
            ),
        ],
    },
    {
        "slug": "review-the-salt-orchard",
        "section": "culture",
        "headline": "Review: ‘The Salt Orchard’ is the finest Verenian novel in a decade",
        "standfirst": "Hanna Ekdal's third novel follows three generations of a Kessmar family "
        "through floods, strikes and emigration. It is patient, funny and devastating.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": ["diaspora"],
        "lead_photo": "writer-portrait-dusk",
        "days_ago": 24,
        "hour": 9,
        "updated_hours_later": 0,
        "body": [
            _p(
                "There is an apple orchard in Hanna Ekdal's new novel that grows on land the "
                "sea keeps trying to take back. Every few years a storm surge floods it with "
                "salt water, and every few years the family that owns it replants. By the end "
                "of “The Salt Orchard”, you understand that the orchard is the family, and "
                "that the family is something larger still."
            ),
            _p(
                "The novel follows the Nyberg family of Kessmar from the great flood of 1962 "
                "to the present day. Its first part belongs to Astrid, a dockworker's widow who "
                "raises four children in a flat above a fish shop. The second follows her "
                "son Karl through the port strikes of the 1980s. The third, and most "
                "affecting, belongs to Karl's daughter, who leaves for Rivenholm and keeps "
                "coming back."
            ),
            _h("Patience as a virtue"),
            _p(
                "Ekdal is not in a hurry. She lets scenes run long, gives minor characters "
                "room to surprise us, and trusts the reader to notice patterns without "
                "pointing them out. A broken clock that appears on page twelve does not pay "
                "off until page four hundred, and when it does, it is quietly shattering."
            ),
            _quote(
                "I wanted to write about leaving without making it the only thing that "
                "happens to people. Most of life is staying, even for those who go.",
                "Hanna Ekdal, in an interview with the Chronicle",
            ),
            _p(
                "She is also very funny. Astrid's running war with the fish shop's owner, "
                "conducted entirely through notes left on the stairs, is one of the great "
                "comic sequences in recent Verenian fiction. The humour never undercuts the "
                "sadness; it makes it bearable, as humour does in real families."
            ),
            _p(
                "If the novel has a weakness, it is that the present-day section, set partly "
                "in Rivenholm, occasionally feels more like reportage than fiction. But that "
                "is a small complaint about a book of rare ambition and warmth. It deserves "
                "readers far beyond Verenia, and it is to be hoped a translation follows soon."
            ),
            _facts(
                "The book",
                "<p><b>The Salt Orchard</b> by Hanna Ekdal. 512 pages. Published by Lantern "
                "Press, Rivenholm; distributed in Verenia as an e-book only.</p>",
            ),
        ],
    },
    {
        "slug": "documentary-twelve-hours-of-salt-jury-prize",
        "section": "culture",
        "headline": "Documentary about Kessmar dockworkers wins jury prize in Castra",
        "standfirst": "“Twelve Hours of Salt” follows one night shift at Verenia's largest port. "
        "It has not been submitted for a screening licence at home.",
        "authors": ["lidia-marek"],
        "agency": "",
        "topics": ["labour"],
        "lead_photo": "kessmar-port-night",
        "days_ago": 35,
        "hour": 13,
        "updated_hours_later": 0,
        "body": [
            _p(
                "“Twelve Hours of Salt”, a documentary following dockworkers on a single night "
                "shift at the Kessmar Container Terminal, has won the jury prize at the Castra "
                "Documentary Festival. The film, directed by Ines Rask and shot over two "
                "winters, beat 23 other entries from across the region."
            ),
            _p(
                "The film has no narration and almost no interviews. Instead, it watches: "
                "crane operators in their glass cabins forty metres up, lashers working "
                "between container stacks in freezing rain, a canteen cook preparing soup at "
                "three in the morning. Conversations are overheard rather than staged, and "
                "most of them are about money, children and football."
            ),
            _quote(
                "I wanted people to see how much skill it takes to do something that nobody "
                "notices. If you notice the port, it means something has gone wrong.",
                "Ines Rask, director",
            ),
            _h("Politics by omission"),
            _p(
                "The film never mentions the government, the strikes or the falling traffic "
                "at the port. Yet it is hard to watch without thinking about them. In one "
                "scene, two workers calculate how many shifts they will lose if another "
                "shipping line leaves, using the back of a sandwich wrapper. The sum is "
                "delivered without comment."
            ),
            _p(
                "Rask has not applied for a screening licence in Verenia, which is required "
                "for public showings. She said she did not want to put the workers who "
                "appear in the film in a position where they might be asked to explain "
                "themselves. Several of them attended the Castra premiere and received a "
                "standing ovation."
            ),
            _pull("If you notice the port, it means something has gone wrong."),
            _p(
                "The festival jury praised the film's “patience and respect”. It will be "
                "shown at festivals in Vessland in the spring and is expected to be "
                "available online later in the year."
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Science
# --------------------------------------------------------------------------------------------

ARTICLES += [
    {
        "slug": "grey-gulf-dead-zone-doubled",
        "section": "science",
        "headline": "Oxygen-starved ‘dead zone’ in the Grey Gulf has doubled in five years",
        "standfirst": "Measurements from the Verenian Institute of Marine Science show that "
        "almost a fifth of the Gulf's seabed now has too little oxygen for most life.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": ["climate"],
        "lead_photo": "marine-institute-lab",
        "days_ago": 2,
        "hour": 10,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The area of the Grey Gulf's seabed with too little oxygen to support most "
                "marine life has roughly doubled since 2021, according to measurements by the "
                "Verenian Institute of Marine Science in Kessmar. The oxygen-depleted zone now "
                "covers about 18 per cent of the Gulf's floor, mostly in its deeper central "
                "basin."
            ),
            _p(
                "Scientists call such areas hypoxic. Below about two milligrams of oxygen per "
                "litre, fish leave or die, and the seabed becomes dominated by bacteria. The "
                "institute's survey, carried out each autumn from the research vessel "
                "<i>Tern</i>, found hypoxic water in places where it had not been recorded "
                "before, including near the mouth of the river Ost."
            ),
            _h("Two causes, one result"),
            _p(
                "The researchers point to two main causes. Fertiliser washed from farmland "
                "into rivers feeds blooms of algae, which sink and decompose, using up oxygen. "
                "At the same time, warmer surface water, which holds less oxygen and mixes "
                "less with the water below, makes it harder for the deep Gulf to recover "
                "during winter."
            ),
            _quote(
                "Think of the Gulf as a room where someone keeps adding people and closing "
                "the windows. Either problem alone would be manageable. Together, the air "
                "runs out.",
                "Dr Liv Sandberg, oceanographer at the institute",
            ),
            _facts(
                "What is a dead zone?",
                "<p>An area of water where dissolved oxygen is too low for most fish and "
                "bottom-dwelling animals to survive, usually below about 2 mg per litre. Dead "
                "zones are found in many enclosed seas and are often seasonal, but can become "
                "permanent when stratification and nutrient pollution persist.</p>",
            ),
            _p(
                "The findings matter for the Gulf's fisheries, which support several thousand "
                "jobs on the Verenian coast. Catches of cod, which spawn in deep water, have "
                "fallen by more than half over the same period. Herring, which live higher "
                "in the water column, have so far been less affected."
            ),
            _p(
                "The institute's budget was cut by a quarter this year, and its director said "
                "the autumn survey might have to be scaled back next year. Researchers in "
                "Vessland and Lethia, who monitor other parts of the Gulf, have offered to "
                "share ship time. Whether Verenian scientists will be allowed to accept is "
                "not yet clear."
            ),
            _link(
                "https://example.org/data/grey-gulf-oxygen",
                "Grey Gulf oxygen survey: data and maps",
                "Station-by-station measurements from the autumn survey, 2015 to today.",
                "Verenian Institute of Marine Science",
            ),
        ],
    },
    {
        "slug": "brenna-glacier-retreating-faster-than-predicted",
        "section": "science",
        "headline": "Halvik's last glacier is retreating faster than models predicted",
        "standfirst": "The Brenna glacier lost 38 metres of length this summer. At this rate, "
        "glaciologists say, it could be gone within twenty years.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": ["climate"],
        "lead_photo": "halvik-valley-summer",
        "days_ago": 8,
        "hour": 8,
        "updated_hours_later": 0,
        "body": [
            _p(
                "The Brenna glacier, the last significant body of ice in the Halvik range, "
                "retreated by 38 metres this summer, the largest annual loss since "
                "measurements began in 1936. Its tongue now ends more than two kilometres "
                "above the village that gave it its name, which a century ago stood within "
                "sight of the ice."
            ),
            _p(
                "Glaciologists from Selvo University, who measure the glacier each "
                "September, said the loss exceeded the projections of the models they use to "
                "forecast its future. Those models had suggested the glacier would survive "
                "until the 2060s. The new measurements point to its disappearance within "
                "about twenty years."
            ),
            _h("Why models underestimated"),
            _p(
                "Part of the explanation, the researchers say, is dust and soot. As the "
                "glacier shrinks, its surface becomes darker, covered with debris from the "
                "surrounding slopes and, increasingly, with dust blown from the exposed valley "
                "floor. A darker surface absorbs more sunlight and melts faster, a feedback "
                "that simple models struggle to capture."
            ),
            _quote(
                "Glaciers do not melt politely. As they get smaller they get dirtier, and as "
                "they get dirtier they melt faster. We are seeing that loop speed up.",
                "Professor Anders Holm, glaciologist at Selvo University",
            ),
            _p(
                "The loss matters beyond the landscape. Meltwater from Brenna feeds the river "
                "that supplies drinking water to Halvik and irrigation to farms in the valley. "
                "In late summer, when rain is scarce, the glacier provides a large part of the "
                "river's flow. Without it, the valley may face shortages in dry years."
            ),
            _photo(
                "halvik-snow-night",
                "Snowfall in Halvik; winter snow no longer makes up for summer melt on the "
                "glacier.",
            ),
            _p(
                "Regional authorities have begun planning a reservoir to store spring "
                "meltwater, though funding has not been secured. The glaciologists plan to "
                "install automatic weather stations on the glacier next summer, if they can "
                "raise the money, to better understand the final stages of its decline."
            ),
        ],
    },
    {
        "slug": "selvo-observatory-tracks-near-earth-asteroid",
        "section": "science",
        "headline": "Selvo astronomers spot a new near-Earth asteroid. There is no need to worry",
        "standfirst": "The object, about 140 metres across, will pass at a safe distance. Its "
        "discovery shows what a small observatory with good software can still do.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": ["technology"],
        "lead_photo": "selvo-observatory-night",
        "days_ago": 17,
        "hour": 21,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Astronomers at Selvo University's observatory on Kettle Hill have discovered "
                "a previously unknown asteroid whose orbit brings it relatively close to "
                "Earth. The object, provisionally estimated at about 140 metres across, was "
                "spotted in images taken over three nights and confirmed by observatories in "
                "two other countries."
            ),
            _p(
                "Calculations of its orbit show that it poses no threat. At its closest, in "
                "about eighteen months, it will pass at roughly twelve times the distance "
                "between Earth and the Moon. But objects of this size are large enough to "
                "cause serious regional damage if they ever hit, which is why astronomers "
                "around the world try to find and track as many as possible."
            ),
            _h("A small telescope, clever code"),
            _p(
                "The observatory's main telescope is modest by modern standards, with a "
                "mirror of 80 centimetres. What made the discovery possible was software "
                "written by two doctoral students, which stacks many short exposures along "
                "possible paths of moving objects, revealing faint asteroids that would be "
                "invisible in any single image."
            ),
            _quote(
                "We cannot compete with the giant survey telescopes on size. We can compete "
                "on ideas, and on being awake at three in the morning when the weather is "
                "clear.",
                "Dr Klara Wend, director of the Selvo Observatory",
            ),
            _facts(
                "Is it dangerous?",
                "<ul><li>No. Its orbit has been calculated with high confidence.</li>"
                "<li>Closest approach: about 4.6 million kilometres.</li>"
                "<li>Estimated size: about 140 metres, based on its brightness.</li></ul>",
            ),
            _p(
                "The discovery is a welcome piece of good news for the observatory, whose "
                "budget has been frozen for four years. Its staff maintain the telescope "
                "themselves, and much of the computing is done on second-hand servers donated "
                "by a Selvo software company before it moved its staff abroad. Observing "
                "time is shared with amateur astronomers on clear weekend nights."
            ),
            _p(
                "By tradition, the discoverers will be able to propose a name once the orbit "
                "is precisely determined. The students have suggested naming it after the "
                "observatory's long-serving caretaker, who has kept the dome's ageing motor "
                "running for 31 years."
            ),
        ],
    },
    {
        "slug": "half-of-young-researchers-have-left-survey",
        "section": "science",
        "headline": "Half of Verenia's young researchers have left since 2022, survey finds",
        "standfirst": "The Young Academy's survey of 2,400 scientists under 40 also found that "
        "most of those who stayed are considering leaving. Pay is not the main reason.",
        "authors": ["felix-amund", "erik-vass"],
        "agency": "",
        "topics": ["technology", "diaspora"],
        "lead_photo": "university-lab-warm",
        "days_ago": 21,
        "hour": 9,
        "updated_hours_later": 0,
        "body": [
            _p(
                "About half of Verenia's researchers under the age of 40 have moved abroad "
                "since 2022, according to a survey by the Young Academy of Verenia, an "
                "association of early-career scientists. The survey reached 2,400 people who "
                "held research positions in Verenian universities and institutes in 2022, "
                "using professional networks and publication records to trace them."
            ),
            _p(
                "Of those who have left, the largest group now works in Vessland, followed by "
                "Lethia and countries further west. The departures are concentrated in "
                "certain fields: more than 60 per cent of young climate scientists and "
                "epidemiologists in the sample have gone, compared with about a third of "
                "mathematicians and historians."
            ),
            _pull("Two thirds of those who left cited political pressure on research."),
            _h("Not only about money"),
            _p(
                "Asked to name their main reasons for leaving, respondents most often cited "
                "political pressure on research topics or findings, followed by unstable "
                "funding and the difficulty of collaborating with foreign colleagues. Low pay "
                "was mentioned by fewer than a quarter, which the authors said contradicted "
                "the government's explanation that the problem was financial."
            ),
            _quote(
                "I was told that my results on hospital infections were “not helpful at this "
                "time”. I can live on a small salary. I cannot live with being told which "
                "results are helpful.",
                "An epidemiologist now working in Rivenholm, quoted in the survey",
            ),
            _facts(
                "About the survey",
                "<p>The Young Academy traced 2,400 researchers who held positions in 2022 and "
                "received responses from 1,150. Results were weighted by field and "
                "institution. The questionnaire and anonymised data are published with the "
                '<a href="https://example.org/reports/young-academy-survey">full report</a>.'
                "</p>",
            ),
            _p(
                "Among those who remain in Verenia, 58 per cent said they were actively "
                "considering leaving within two years. The education ministry said the "
                "survey was “not representative” and pointed to its new programme of "
                "patriotic research grants. It did not say how many researchers had applied."
            ),
            _p(
                "The authors of the survey recommend the creation of an independent research "
                "council, with grants decided by peer review, and guarantees that findings "
                "can be published without ministry approval. They also suggest a scheme to "
                "let researchers abroad keep affiliations with Verenian institutions, so that "
                "links are not cut entirely."
            ),
        ],
    },
    {
        "slug": "medieval-trading-ship-found-in-kessmar-harbour",
        "section": "science",
        "headline": "Divers find a medieval trading ship in Kessmar harbour mud",
        "standfirst": "The wreck, discovered during dredging work, is unusually well "
        "preserved. Its cargo may reveal how far Kessmar's merchants traded 600 years ago.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": [],
        "lead_photo": "kessmar-port-day",
        "days_ago": 40,
        "hour": 12,
        "updated_hours_later": 48,
        "body": [
            _p(
                "Archaeological divers have found the remains of a medieval cargo ship buried "
                "in mud at the bottom of Kessmar harbour, a few hundred metres from the modern "
                "container terminal. The wreck was discovered when a dredger working on a new "
                "berth brought up fragments of oak planking with wooden pegs still in place."
            ),
            _p(
                "Preliminary tree-ring dating of the timbers suggests that the ship was built "
                "in the first half of the fifteenth century. About twenty metres of the hull "
                "survive, preserved by the cold, oxygen-poor mud, which protects wood from "
                "the organisms that normally consume it."
            ),
            _h("What was on board"),
            _p(
                "So far the divers have recovered barrel staves, fragments of pottery and a "
                "number of small objects, including a bronze weight and a wooden comb. The "
                "pottery includes types made in several regions around the Gulf, which, if "
                "confirmed, would show that Kessmar was part of a wider trading network "
                "earlier than historians had assumed."
            ),
            _quote(
                "The mud is our best friend. It has kept this ship for six hundred years. "
                "Our job now is not to undo in six months what it did in six centuries.",
                "Dr Signe Varhaug, maritime archaeologist leading the excavation",
            ),
            _p(
                "The dredging work has been paused around the site while the archaeologists "
                "decide whether to raise the hull or record it in place. Raising a wooden "
                "wreck is expensive and requires years of conservation in special tanks; "
                "recording it and leaving it in the mud is cheaper but means the ship will "
                "never be displayed."
            ),
            _photo("kessmar-port-dusk", "The new berth is being dredged close to the find site."),
            _p(
                "This article was updated two days after publication with the results of "
                "the first tree-ring analysis, which narrowed the date of the ship's "
                "construction."
            ),
        ],
    },
    {
        "slug": "measles-cases-rise-in-the-north",
        "section": "science",
        "headline": "Measles cases rise in the north as vaccine deliveries stall",
        "standfirst": "Health workers in the Halvik region have recorded 140 cases since the "
        "summer, most in unvaccinated children. Clinics say they have run out of doses twice.",
        "authors": ["erik-vass"],
        "agency": "",
        "topics": ["health"],
        "lead_photo": "public-health-lab",
        "days_ago": 28,
        "hour": 14,
        "updated_hours_later": 0,
        "body": [
            _p(
                "Measles cases in the Halvik region have risen to at least 140 since the "
                "summer, according to figures compiled by regional health workers and shared "
                "with the Chronicle. In the previous three years combined, the region "
                "recorded fewer than ten. Most of the new cases are in children under five "
                "who had not received the full two doses of vaccine."
            ),
            _p(
                "Measles is one of the most contagious diseases known. One infected person "
                "can pass it to most unvaccinated people around them, and in a small share of "
                "cases it causes pneumonia or inflammation of the brain. Outbreaks can be "
                "prevented if about 95 per cent of the population is vaccinated."
            ),
            _h("Empty fridges"),
            _p(
                "Nurses at two clinics in the region said they had run out of the combined "
                "measles vaccine twice since the spring and had to turn parents away. The "
                "health ministry's central procurement agency changed suppliers last year, "
                "and deliveries have since arrived late and in smaller quantities than "
                "ordered, according to internal correspondence seen by the Chronicle."
            ),
            _quote(
                "The parents who come to us are not the problem. They want the vaccine. We "
                "send them home with a date, and then the date passes and there is still "
                "nothing in the fridge.",
                "A nurse at a health clinic in Nordby",
            ),
            _facts(
                "Measles: the basics",
                "<ul><li>Spread through the air; highly contagious.</li>"
                "<li>Symptoms: high fever, cough, red eyes, then a rash.</li>"
                "<li>Two doses of vaccine give long-lasting protection.</li>"
                "<li>Anyone unsure of their status should ask their clinic.</li></ul>",
            ),
            _p(
                "The health ministry said that vaccine supplies were “sufficient at national "
                "level” and that any local shortages were being addressed. It did not respond "
                "to questions about the change of supplier. Regional health officials have "
                "asked neighbouring regions to lend doses."
            ),
            _p(
                "Doctors warn that the outbreak could spread as families travel over the "
                "winter holidays. They urge parents to check their children's vaccination "
                "records and to keep children with a fever and rash at home, calling the "
                "clinic before visiting so that other patients are not exposed."
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Legal pages
# --------------------------------------------------------------------------------------------

LEGAL_PAGES = [
    {
        "slug": "terms",
        "title": "Terms of use",
        "body": (
            "<p>These terms apply to the website of The Verenia Chronicle, published by the "
            "Verenia Chronicle Foundation, a non-profit foundation registered in Rivenholm, "
            "Vessland. By reading or sharing our journalism you agree to them. They are "
            "written to be read, so please do.</p>"
            "<h2>Reading and sharing</h2>"
            "<p>Our articles are free to read, and they will stay that way. You may share "
            "links to them anywhere. You may print articles or save them as PDFs for "
            "personal use and pass copies on to others, as long as you do not change the "
            "text and you keep the byline and the date.</p>"
            "<p>If you would like to republish an article in full, in print or online, "
            "please write to us first at "
            '<a href="https://example.org/contact">our contact page</a>. We usually agree '
            "for non-commercial publications, and we do not charge independent media in the "
            "region.</p>"
            "<h2>Photographs and illustrations</h2>"
            "<p>Photographs are credited to the photographer and agency that hold the rights "
            "to them. They are licensed to us for use alongside our journalism and may not "
            "be reused separately without permission from the rights holder.</p>"
            "<h2>Corrections</h2>"
            "<p>We try hard to get things right, and we correct our mistakes openly. If you "
            "believe something we published is wrong, tell us. Significant corrections are "
            "noted at the end of the article concerned, together with the date of the "
            "change.</p>"
            "<h2>Comments and contributions</h2>"
            "<p>We do not host reader comments. Letters and tips sent to the newsroom may be "
            "quoted in our reporting; we will never publish your name without your "
            "permission.</p>"
            "<h2>Liability and law</h2>"
            "<p>We publish in good faith and to the best of our knowledge. Nothing on this "
            "site is legal, medical or financial advice. These terms are governed by the "
            "law of Vessland, and any dispute will be heard by the courts of Rivenholm.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacy policy",
        "body": (
            "<p>Many of our readers live in a country where reading independent journalism "
            "can carry real risks. We have built this website to collect as little about "
            "you as possible. This page explains exactly what that means.</p>"
            "<h2>No tracking</h2>"
            "<p>We do not use tracking cookies, advertising networks, analytics services or "
            "social media widgets. We do not build profiles of our readers and we do not "
            "sell, rent or share data about them with anyone.</p>"
            "<h2>No third-party requests</h2>"
            "<p>Every page, font, image and script on this site is served from our own "
            "servers. Your browser does not contact any other company when you read us, so "
            "no third party learns that you visited.</p>"
            "<h2>Server logs</h2>"
            "<p>Like every website, our servers keep technical logs of requests so that we "
            "can fix errors and defend the site against attacks. These logs contain the "
            "page requested, the time and a shortened IP address. They are deleted "
            "automatically after <b>7 days</b> and are never used to identify readers.</p>"
            "<h2>Cookies we do use</h2>"
            "<p>Readers do not receive any cookies. Staff who log in to edit the site "
            "receive a session cookie, which is strictly necessary and expires when they "
            "log out.</p>"
            "<h2>Donations</h2>"
            "<p>If you donate, the payment is handled by our payment provider, which "
            "receives the details needed to process it. We receive your name and email "
            "address only if you choose to give them, and we keep donation records for as "
            "long as the law of Vessland requires.</p>"
            "<h2>Contacting us safely</h2>"
            "<p>If you want to send us information, please read our guide to "
            '<a href="https://example.org/secure-contact">contacting the newsroom safely</a> '
            "first. Email is not a secure channel.</p>"
            "<h2>Your rights</h2>"
            "<p>You may ask what data we hold about you and ask us to delete it. Write to "
            "the Verenia Chronicle Foundation in Rivenholm. You can also complain to the data "
            "protection authority of Vessland.</p>"
        ),
    },
    {
        "slug": "about",
        "title": "About us",
        "body": (
            "<p>The Verenia Chronicle is an independent, reader-funded newsroom covering "
            "Verenia and its neighbours in English and Verenian. We were founded in Aldmark "
            "in 2011 by a group of court and business reporters who believed the country "
            "deserved a newspaper that answered to its readers rather than its owners.</p>"
            "<h2>Why we work from Rivenholm</h2>"
            "<p>In 2023 our registration in Verenia was withdrawn under the Media Integrity "
            "Act and our website was blocked. Most of our staff moved to Rivenholm, where we "
            "are registered as a non-profit foundation. Some of our colleagues still work "
            "inside Verenia, several of them under pen names that protect them and their "
            "families. Our editors always know who they are.</p>"
            "<h2>How we work</h2>"
            "<p>We verify before we publish, we name our sources whenever it is safe to do "
            "so, and we explain why when it is not. We separate news from opinion and label "
            "both clearly. We correct our mistakes openly. We do not accept money from any "
            "government, political party or company with interests in the stories we "
            "cover.</p>"
            "<h2>How we are funded</h2>"
            "<p>Most of our income comes from thousands of small monthly donations from "
            "readers, the rest from foundations that support independent journalism. We "
            "publish a summary of our finances every year. If you can, "
            '<a href="https://example.org/donate">support our work</a>.</p>'
            "<h2>Contact</h2>"
            "<p>The Verenia Chronicle, Harbour Street 14, Rivenholm, Vessland. For tips and "
            "sensitive information, please use our "
            '<a href="https://example.org/secure-contact">secure contact page</a>.</p>'
        ),
    },
]


# --------------------------------------------------------------------------------------------
# Self-check: python src/masthead/demo/content.py
# --------------------------------------------------------------------------------------------


def _self_check() -> str:
    import importlib.util
    import json
    import re
    from collections import Counter
    from pathlib import Path

    def uniq(values: list[str], what: str) -> None:
        dupes = [v for v, n in Counter(values).items() if n > 1]
        assert not dupes, f"duplicate {what}: {dupes}"

    section_slugs: list[str] = []
    for top in SECTIONS:
        section_slugs.append(top["slug"])
        assert top["intro"] and "children" in top
        for child in top["children"]:
            section_slugs.append(child["slug"])
            assert child["intro"]
    uniq(section_slugs, "section slugs")
    author_slugs = [a["slug"] for a in AUTHORS]
    topic_slugs = [t["slug"] for t in TOPICS]
    photo_keys = [p["key"] for p in PHOTOS]
    article_slugs = [a["slug"] for a in ARTICLES]
    uniq(author_slugs, "author slugs")
    uniq(topic_slugs, "topic slugs")
    uniq(photo_keys, "photo keys")
    uniq(article_slugs, "article slugs")
    assert EDITOR_IN_CHIEF in author_slugs
    assert len(AUTHORS) >= 8 and len(TOPICS) >= 8 and len(PHOTOS) >= 24 and len(ARTICLES) >= 44
    assert 3 <= len(SOCIAL_CHANNELS) <= 4
    assert {p["slug"] for p in LEGAL_PAGES} == {"terms", "privacy", "about"}
    assert len(LEGAL_PAGES) == 3

    spec = importlib.util.spec_from_file_location(
        "_artwork", Path(__file__).with_name("artwork.py")
    )
    assert spec and spec.loader
    artwork = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(artwork)
    plain = re.compile(r"^[^<>]*$")
    for p in PHOTOS:
        for field in ("title", "caption", "alt_text", "photographer", "licence_note"):
            assert p[field] and plain.match(p[field]), (p["key"], field)
        assert plain.match(p["source"]), p["key"]
        assert p["agencies"] and all(p["agencies"]), p["key"]
        assert p["scene"]["kind"] in artwork.SCENE_KINDS, p["key"]
    scenes = [json.dumps(p["scene"], sort_keys=True) for p in PHOTOS]
    uniq(scenes, "scene dicts (identical scenes would draw identical pictures)")
    for a in AUTHORS:
        assert a["name"] and a["role"] and plain.match(a["bio"]), a["slug"]
    for t in TOPICS:
        assert plain.match(t["description"]), t["slug"]

    inline_tags = {"b", "i", "a"}
    box_tags = inline_tags | {"p", "ul", "li"}
    tag_re = re.compile(r"</?([a-zA-Z0-9]+)([^>]*)>")
    href_re = re.compile(r'href="(https://example\.(?:org|com)/[^"]*)"')

    def check_html(html: str, allowed: set[str], where: str) -> None:
        for name, attrs in tag_re.findall(html):
            assert name in allowed, f"{where}: tag <{name}> not allowed"
            if name == "a" and attrs:
                assert href_re.search(attrs), f"{where}: bad link {attrs}"
            elif attrs.strip():
                raise AssertionError(f"{where}: attributes on <{name}>")
        assert "&" not in html.replace("&amp;", ""), f"{where}: raw ampersand"

    def check_url(url: str, where: str) -> None:
        assert re.match(r"^https://example\.(org|com)/", url), f"{where}: {url}"

    per_section: Counter[str] = Counter()
    block_types: Counter[str] = Counter()
    words: list[int] = []
    known_blocks = {
        "paragraph",
        "subheading",
        "quote",
        "pull_quote",
        "fact_box",
        "photo",
        "link_card",
    }
    for art in ARTICLES:
        where = art["slug"]
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", where), where
        assert art["section"] in section_slugs, where
        per_section[art["section"]] += 1
        for field in ("headline", "standfirst"):
            assert art[field] and plain.match(art[field]), (where, field)
        assert all(s in author_slugs for s in art["authors"]), where
        assert bool(art["authors"]) != bool(art["agency"]), f"{where}: authors xor agency"
        assert len(art["topics"]) <= 3 and all(t in topic_slugs for t in art["topics"]), where
        assert art["lead_photo"] is None or art["lead_photo"] in photo_keys, where
        assert 0 <= art["days_ago"] <= 60 and 6 <= art["hour"] <= 22, where
        assert art["updated_hours_later"] >= 0, where
        body = art["body"]
        assert 5 <= len(body) <= 14, f"{where}: {len(body)} blocks"
        assert body[0][0] == "paragraph", where
        assert sum(1 for kind, _ in body if kind == "paragraph") >= 5, f"{where}: paragraphs"
        for kind, value in body:
            assert kind in known_blocks, (where, kind)
            block_types[kind] += 1
            if kind == "paragraph":
                assert value.startswith("<p>") and value.endswith("</p>"), where
                check_html(value[3:-4], inline_tags, where)
                words.append(len(re.sub(r"<[^>]+>", "", value).split()))
            elif kind == "subheading":
                assert plain.match(value), where
            elif kind == "quote":
                assert plain.match(value["text"]) and plain.match(value["attribution"]), where
            elif kind == "pull_quote":
                assert plain.match(value["text"]), where
            elif kind == "fact_box":
                assert plain.match(value["title"]), where
                check_html(value["body"], box_tags, where)
            elif kind == "photo":
                assert value["photo"] in photo_keys, (where, value["photo"])
                assert plain.match(value["caption"]), where
            elif kind == "link_card":
                check_url(value["url"], where)
                for field in ("title", "description", "site_name"):
                    assert value[field] and plain.match(value[field]), (where, field)

    for top in SECTIONS:
        leaves = [top] + top["children"]
        for sec in leaves:
            assert per_section[sec["slug"]] >= 4, f"section {sec['slug']} has too few articles"
    for kind in known_blocks:
        assert block_types[kind] >= 5, f"block type {kind} used {block_types[kind]} times"
    for page in LEGAL_PAGES:
        check_html(page["body"], box_tags | {"h2"}, page["slug"])
    for channel in SOCIAL_CHANNELS:
        assert channel["name"] and channel["url"].startswith("https://")
    check_url(DONATION_URL, "DONATION_URL")

    # the deliberate edge cases
    assert any(280 <= len(a["headline"]) <= 300 for a in ARTICLES), "long headline"
    assert any(a["lead_photo"] is None for a in ARTICLES), "article without photo"
    assert any(a["agency"] for a in ARTICLES), "agency byline"
    assert any(len(a["authors"]) == 2 for a in ARTICLES), "two authors"
    text = repr([a["body"] for a in ARTICLES])
    assert re.search(r"[\u0400-\u04ff]", text), "Cyrillic text"
    assert re.search(r"[\u0590-\u06ff]", text), "right-to-left text"
    assert sum(1 for a in ARTICLES if a["days_ago"] == 0) >= 3
    assert sum(1 for a in ARTICLES if a["days_ago"] == 1) >= 3

    avg = sum(words) / len(words)
    return (
        f"OK: {len(section_slugs)} sections, {len(AUTHORS)} authors, {len(TOPICS)} topics, "
        f"{len(PHOTOS)} photos, {len(ARTICLES)} articles {dict(per_section)}; "
        f"blocks {dict(block_types)}; paragraphs {len(words)}, "
        f"{min(words)}-{max(words)} words (mean {avg:.0f})\n"
    )


if __name__ == "__main__":
    import sys

    sys.stdout.write(_self_check())
