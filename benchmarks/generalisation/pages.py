"""The source pages of the generalisation set: hand-written, fictional outlets and stories, real layouts.

Each page is a `Page`: the URL it is served under, its layout, its titles (which may disagree: <title>,
og:title, <h1>, JSON-LD headline, a kicker), its date as the page states it (machine-readable or not) and
its text: paragraphs of the main text, plus passages outside it (caption, pull-quote, related links).
`build.py` renders them to HTML and writes the cassette and the library.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    key: str
    url: str
    layout: str  # wire | wordpress | substack | medium | regional_de | presse_fr | prensa_es | gov
    site: str
    headline: str  # the <h1>
    date: str | None  # ISO date or datetime as the page gives it; None: no date at all
    paras: tuple[str, ...]
    lang: str = "en"
    title_tag: str | None = None  # <title>; default "headline | site"
    og_title: str | None = None
    ld_headline: str | None = None
    kicker: str | None = None
    author: str | None = None
    caption: str | None = None  # a figure caption next to the main text
    pullquote: str | None = None  # an aside box outside the main text
    machine_date: bool = True  # False: the date is only printed in words (no datetime, no meta, no JSON-LD)
    related: tuple[str, ...] = field(default=())


PAGES: tuple[Page, ...] = (
    Page(
        "port", "https://www.meridianwire.com/business/port-authority-approves-terminal-expansion-2025-03-14/",
        "wire", "Meridian Wire", "Port authority approves $1.2 billion terminal expansion", "2025-03-14T16:42:00Z",
        (
            "ROTTERDAM, March 14 (Meridian) - The port authority on Friday approved a $1.2 billion expansion of its"
            " container terminal, the largest investment in the harbour in two decades.",
            "\u201cWe are not building for next year, we are building for 2040,\u201d chief executive Annelies Vos"
            " said in a statement.",
            "The authority expects the new quay to handle 3.5 million containers a year once it opens in 2029.",
            "Environmental groups said the plan would harm wetlands south of the city. \u201cNobody has shown us a"
            " credible plan to protect the Voorne dunes,\u201d said Pieter Janssen of the Coastal Nature Trust.",
            "Shipping lines welcomed the decision, saying congestion had cost them an estimated 40 million euros"
            " last year.",
            "(Reporting by Lotte Bakker; Editing by Mark Heller)",
        ),
        author="Lotte Bakker",
        related=("Dutch exports slow for third month", "Antwerp port strike called off"),
    ),
    Page(
        "drought", "https://apnews.example.com/article/spain-drought-reservoirs-catalonia-4f2a91c7",
        "wire", "Associated Press", "Catalonia declares drought emergency as reservoirs fall below 16%",
        "2025-02-03T09:15:00+01:00",
        (
            "BARCELONA, Spain (AP) \u2014 Catalonia declared a drought emergency on Monday after the reservoirs that"
            " supply Barcelona fell below 16% of their capacity.",
            "The regional government will cut water for farms by 80% and for industry by 25%, officials said.",
            "\u201cThis is the worst drought since records began, and we cannot rule out bringing water in by"
            " ship,\u201d regional climate minister David Mascort told reporters.",
            "Farmers' unions called the restrictions a death sentence for smaller growers.",
            "\u201cWe have already lost two harvests in a row,\u201d said Jordi Puig, an olive farmer near"
            " Lleida. \u201cA third one would finish us.\u201d",
        ),
        author="Joseph Wilson",
        caption="A dry stretch of the Sau reservoir on Monday. \u201cThe church tower has not been this visible"
        " since 1990,\u201d a local guide said. (AP Photo/Emilio Morenatti)",
    ),
    Page(
        "council", "https://www.harbourtonobserver.co.uk/news/local/council-approves-bus-lane-plan-4411",
        "wordpress", "Harbourton Observer", "Council backs bus lane plan despite traders' anger", "2024-11-20",
        (
            "Harbourton council has voted 31 to 12 in favour of a bus lane along the High Street, despite a"
            " petition signed by more than 2,400 residents.",
            "Council leader Margaret Okafor said the scheme would cut journey times for 9,000 daily passengers."
            " \u201cWe have listened, but doing nothing is not an option for this town,\u201d she said.",
            "Shop owners say the loss of 60 parking spaces will drive customers to out-of-town retail parks.",
            "\u201cIf this goes ahead, half the shops on this street will be gone within two years,\u201d said"
            " Dave Whitlock, who runs a hardware shop near the market square.",
            "Work is due to start in April and will cost \u00a34.8 million, mostly paid by a government grant.",
        ),
        title_tag="Harbourton bus lane: council votes 31-12 for High Street scheme - Harbourton Observer",
        og_title="Harbourton bus lane: council votes 31-12 for High Street scheme",
        kicker="LOCAL POLITICS",
        author="Rachel Dunmore",
        pullquote="\u201cDoing nothing is not an option for this town.\u201d \u2014 Margaret Okafor",
        related=("Parking charges to rise in January", "New cycle route opens on the seafront"),
    ),
    Page(
        "substack", "https://thecivicledger.substack.com/p/what-the-housing-numbers-really-say",
        "substack", "The Civic Ledger", "What the housing numbers really say", "2025-01-09T07:00:00Z",
        (
            "Every month the ministry publishes a figure for new homes started, and every month it is quoted as"
            " if it meant something it does not.",
            "I spoke to Helen Marsh, who ran the statistics unit until last year. \u201cThe starts figure counts"
            " a home as started when the foundations are dug, not when anyone can live in it,\u201d she told me.",
            "In the twelve months to November, 212,000 homes were started but only 168,000 were completed.",
            "\u201cWe have never hit the target of 300,000 in a single year, and the way it is measured hides"
            " that,\u201d Marsh said.",
            "Thanks for reading The Civic Ledger! Subscribe for free to receive new posts.",
        ),
        og_title="What the housing numbers really say - by Tom Avery",
        author="Tom Avery",
    ),
    Page(
        "medium", "https://medium.com/@ines.kowalczyk/why-our-newsroom-stopped-using-stock-photos-9b1e2d",
        "medium", "Medium", "Why our newsroom stopped using stock photos", "March 3, 2025",
        (
            "Two years ago our picture desk had a budget for stock photography and nobody questioned it.",
            "Then readers started writing in. \u201cI can tell when the picture has nothing to do with the"
            " story, and it makes me trust the story less,\u201d one reader wrote.",
            "Our photo editor, Marek Zieli\u0144ski, put it bluntly: \u201cA generic handshake tells the reader"
            " nothing.\u201d",
            "We now commission local photographers for 70 percent of our stories.",
        ),
        author="Ines Kowalczyk",
        machine_date=False,
    ),
    Page(
        "bahn", "https://www.weserkurier-online.de/region/bremen/bahnstreik-pendler-bremen-100-id4471.html",
        "regional_de", "Weser-Kurier Online", "Bahnstreik legt Regionalverkehr in Bremen lahm",
        "2025-01-22T06:30:00+01:00",
        (
            "Der Streik der Lokf\u00fchrergewerkschaft hat am Mittwoch den Regionalverkehr rund um Bremen fast"
            " vollst\u00e4ndig zum Erliegen gebracht.",
            "\u201eWir haben den Notfahrplan so gut es geht umgesetzt, aber mehr als jeder dritte Zug f\u00e4llt"
            " aus\u201c, sagte eine Sprecherin der Bahn am Morgen.",
            "Der Gewerkschaftsvorsitzende Klaus Wendt verteidigte den Ausstand. \u201eOhne Druck bewegt sich bei"
            " der Arbeitszeit gar nichts\u201c, sagte Wendt.",
            "Betroffen sind nach Angaben des Verkehrsverbunds rund 45.000 Pendlerinnen und Pendler.",
            "Der Streik soll bis Freitag um 18 Uhr dauern.",
        ),
        lang="de",
        title_tag="Bahnstreik in Bremen: Was Pendler jetzt wissen m\u00fcssen | Weser-Kurier Online",
        og_title="Bahnstreik in Bremen: Was Pendler jetzt wissen m\u00fcssen",
        ld_headline="Bahnstreik legt Regionalverkehr in Bremen lahm",
        kicker="Streik",
        author="Jana Meyerhoff",
        caption="Leere Gleise am Hauptbahnhof. Symbolbild: Imago",
    ),
    Page(
        "klinik", "https://www.saarland-rundschau.example.de/lokales/homburg/klinik-schliesst-geburtsstation_aid-8812",
        "regional_de", "Saarland-Rundschau", "Klinik schlie\u00dft Geburtsstation zum 1. Juli", "2024-05-16",
        (
            "Das Kreiskrankenhaus in Homburg schlie\u00dft seine Geburtsstation zum 1. Juli.",
            "Im vergangenen Jahr kamen dort nur noch 290 Kinder zur Welt, zu wenige f\u00fcr einen sicheren"
            " Betrieb, teilte der Tr\u00e4ger mit.",
            "\u201eWir konnten die Stellen der Hebammen seit Monaten nicht mehr besetzen\u201c, sagte"
            " Gesch\u00e4ftsf\u00fchrerin Petra Albers.",
            "Die Landr\u00e4tin Sabine Kremer kritisierte die Entscheidung scharf: \u201eDas ist ein schwarzer Tag"
            " f\u00fcr die werdenden Eltern im ganzen Kreis.\u201c",
            "Schwangere sollen k\u00fcnftig nach Saarbr\u00fccken oder Neunkirchen ausweichen.",
        ),
        lang="de",
        author="Thomas Reiter",
        pullquote="\u201eDie n\u00e4chste Geburtsklinik ist f\u00fcr viele Familien jetzt 40 Minuten entfernt.\u201c"
        " \u2014 Hebamme Nina Becker",
    ),
    Page(
        "pressemitteilung", "https://www.stadtwerke-lindenau.de/presse/2025/fernwaerme-preise-2025",
        "gov", "Stadtwerke Lindenau", "Fernw\u00e4rmepreise sinken zum 1. April 2025", "2025-02-27",
        (
            "Die Stadtwerke Lindenau senken die Fernw\u00e4rmepreise zum 1. April 2025 um durchschnittlich 12"
            " Prozent.",
            "\u201eWir geben die gesunkenen Beschaffungskosten vollst\u00e4ndig an unsere Kundinnen und Kunden"
            " weiter\u201c, sagte Vorstand Dr. Frank Hollmann.",
            "Ein Haushalt mit einem Verbrauch von 10.000 Kilowattstunden spart damit rund 180 Euro im Jahr.",
        ),
        lang="de",
        title_tag="Pressemitteilung: Fernw\u00e4rmepreise sinken zum 1. April 2025",
    ),
    Page(
        "loup", "https://www.ledauphine-info.example.fr/isere/loup-attaques-troupeaux-vercors-2024",
        "presse_fr", "Le Dauphin\u00e9 Info", "Dans le Vercors, les \u00e9leveurs face au retour du loup",
        "2024-08-12T18:04:00+02:00",
        (
            "Depuis le d\u00e9but de l'\u00e9t\u00e9, 134 brebis ont \u00e9t\u00e9 tu\u00e9es dans le massif du"
            " Vercors, selon la pr\u00e9fecture.",
            "\u00ab Nous ne demandons pas l'\u00e9radication du loup, nous demandons de pouvoir prot\u00e9ger nos"
            " b\u00eates \u00bb, a d\u00e9clar\u00e9 Mathieu Roche, \u00e9leveur \u00e0 Villard-de-Lans.",
            "La pr\u00e9fecture a autoris\u00e9 deux tirs de d\u00e9fense suppl\u00e9mentaires.",
            "Pour l'association Ferus, ces tirs ne r\u00e8glent rien. \u00ab Les chiens de protection restent la"
            " seule solution durable \u00bb, estime sa porte-parole, Claire Mounier.",
        ),
        lang="fr",
        title_tag="Vercors : 134 brebis tu\u00e9es, les \u00e9leveurs face au loup - Le Dauphin\u00e9 Info",
        og_title="Vercors : 134 brebis tu\u00e9es, les \u00e9leveurs face au loup",
        kicker="Isère",
        author="Camille Faure",
        caption="Un troupeau sur le plateau de Font d'Urle. \u00ab On dort avec les brebis depuis juin \u00bb,"
        " confie un berger. Photo Le DI/Julien Garnier",
    ),
    Page(
        "budget_fr", "https://www.lequotidien-eco.example.fr/politique/budget-2025-deficit-ministre",
        "presse_fr", "Le Quotidien \u00c9co", "Budget 2025 : le gouvernement vise un d\u00e9ficit de 5 %",
        "2024-10-10",
        (
            "Le gouvernement a pr\u00e9sent\u00e9 jeudi un projet de budget qui vise un d\u00e9ficit public de 5 %"
            " du PIB en 2025, contre 6,1 % attendu cette ann\u00e9e.",
            "\u00ab C'est un budget de responsabilit\u00e9, pas un budget d'aust\u00e9rit\u00e9 \u00bb, a"
            " affirm\u00e9 le ministre de l'\u00c9conomie, Antoine Mercier.",
            "Le texte pr\u00e9voit 40 milliards d'euros d'\u00e9conomies et 20 milliards de recettes nouvelles.",
            "L'opposition d\u00e9nonce un \u00ab matraquage fiscal d\u00e9guis\u00e9 \u00bb.",
        ),
        lang="fr",
        author="Sophie Lambert",
    ),
    Page(
        "vivienda", "https://www.diariodelsur.example.es/economia/alquiler-precios-malaga-record_20250204.html",
        "prensa_es", "Diario del Sur", "El alquiler en M\u00e1laga marca un nuevo r\u00e9cord",
        "2025-02-04T08:00:00+01:00",
        (
            "El precio medio del alquiler en M\u00e1laga alcanz\u00f3 en enero los 14,2 euros por metro"
            " cuadrado, un 11 % m\u00e1s que hace un a\u00f1o.",
            "\u00abLos j\u00f3venes ya no pueden emanciparse en la ciudad donde han nacido\u00bb, dijo la"
            " portavoz del Sindicato de Inquilinas, Luc\u00eda Navarro.",
            "El Ayuntamiento anunci\u00f3 que limitar\u00e1 las nuevas licencias de pisos tur\u00edsticos en"
            " el centro.",
            "\u00abNo vamos a prohibir nada, vamos a ordenar\u00bb, asegur\u00f3 el concejal de Urbanismo, Ra\u00fal"
            " Ortega.",
        ),
        lang="es",
        title_tag="Alquiler M\u00e1laga: precio r\u00e9cord de 14,2 euros/m2 en enero | Diario del Sur",
        og_title="Alquiler M\u00e1laga: precio r\u00e9cord de 14,2 euros/m2 en enero",
        author="Marta Gil",
        pullquote="\u00abPagamos 1.100 euros por un piso de 50 metros\u00bb \u2014 Ana, 27 a\u00f1os",
    ),
    Page(
        "incendio", "https://www.noticiasdelvalle.example.mx/estado/incendio-forestal-sierra-2024-05-02",
        "prensa_es", "Noticias del Valle", "Controlan al 70 % el incendio en la sierra", "2024-05-02",
        (
            "Brigadistas lograron controlar al 70 % el incendio forestal que desde el domingo ha consumido"
            " 1.800 hect\u00e1reas en la sierra.",
            "\u201cNo hay poblaciones en riesgo por el momento\u201d, dijo el coordinador de Protecci\u00f3n"
            " Civil, Hugo Salinas.",
            "Participan en las labores 320 combatientes y dos helic\u00f3pteros.",
        ),
        lang="es",
        author="Redacci\u00f3n",
    ),
    Page(
        "ai_blog", "https://www.pixelandpress.blog/2025/01/ai-images-in-the-newsroom/",
        "wordpress", "Pixel & Press", "AI images in the newsroom: where we draw the line", "2025-01-15",
        (
            "We asked six picture editors how they handle images made with generators such as Midjourney or"
            " Stable Diffusion.",
            "\u201cWe label every synthetic image in the caption, no exceptions,\u201d said Greta Lind, picture"
            " editor at a Nordic daily.",
            "Two of the six said they had stopped using such images altogether after complaints from readers.",
            "\u201cThe problem is not the tool, it is the pretence that the picture shows something that"
            " happened,\u201d Lind added.",
        ),
        author="Sam Okoro",
        machine_date=False,
        related=("Ten questions to ask before you publish a photo", "Our corrections policy"),
    ),
    Page(
        "transit", "https://www.lakeshoretribune.example.com/2024/09/18/metro-board-fare-increase/",
        "wordpress", "Lakeshore Tribune", "Metro board votes to raise fares for the first time since 2019",
        "2024-09-18",
        (
            "The regional transit board voted 7-2 on Wednesday to raise the base fare from $2.50 to $2.75"
            " starting in January.",
            "\u201cWe held fares flat through the pandemic, but we can't keep running buses on reserves,\u201d"
            " board chair Linda Castellanos said.",
            "Riders' advocates said the increase would hit low-income workers hardest.",
            "\u201cThis is a tax on people who have no other way to get to work,\u201d said Marcus Bell of the"
            " Transit Riders Union.",
            "The agency expects the increase to raise about $14 million a year.",
        ),
        author="Dana Whitfield",
        caption="Board chair Linda Castellanos at Wednesday's meeting. \u201cNobody on this board wanted to"
        " do this,\u201d she said afterwards. (Photo: Kevin Marsh/Lakeshore Tribune)",
    ),
    Page(
        "school", "https://www.valleygazette.example.com/news/education/school-board-four-day-week",
        "wordpress", "Valley Gazette", "School board rejects four-day week", "2024-04-11",
        (
            "The Valley school board on Tuesday rejected a proposal to move to a four-day school week, with"
            " five members against and two in favour.",
            "\u201cOur families told us clearly that they cannot find childcare for a fifth day,\u201d"
            " superintendent Karen Oduya said.",
            "The proposal would have saved the district an estimated $600,000 a year in transport costs.",
        ),
        author="Bill Hensley",
    ),
    Page(
        "stats", "https://www.statistik-nord.example.de/presse/pm-2024-118",
        "gov", "Statistikamt Nord", "Einwohnerzahl in Hamburg steigt auf 1,91 Millionen", "2024-06-20",
        (
            "Die Einwohnerzahl Hamburgs ist im Jahr 2023 um 0,9 Prozent auf 1,91 Millionen gestiegen.",
            "Das Wachstum geht vor allem auf Zuz\u00fcge aus dem Ausland zur\u00fcck.",
            "\u201eOhne Zuwanderung w\u00fcrde die Bev\u00f6lkerung der Stadt schrumpfen\u201c, sagte"
            " Amtsleiterin Dr. Ulrike Brandt.",
        ),
        lang="de",
        title_tag="Pressemitteilung 118/2024 - Statistikamt Nord",
    ),
    Page(
        "wildfire", "https://www.pacificcoastherald.example.com/news/2024/07/evacuations-lifted-ridge-fire",
        "wire", "Pacific Coast Herald", "Evacuation orders lifted as Ridge Fire containment reaches 85%",
        "2024-07-29",
        (
            "Evacuation orders for about 4,000 residents were lifted on Monday as crews reached 85% containment"
            " of the Ridge Fire.",
            "\u201cWe are not out of the woods yet, but the weather has finally turned in our favour,\u201d"
            " county fire chief Ray Donovan said at a briefing.",
            "The fire has burned 23,000 acres and destroyed 41 homes since it started on July 12.",
        ),
        author="Staff",
    ),
    Page(
        "festival", "https://www.culturedesk.example.it/en/venice-film-festival-lineup-2024",
        "substack", "Culture Desk", "Venice unveils a lineup heavy on debut films", "2024-07-23",
        (
            "The Venice Film Festival on Tuesday announced a competition lineup in which eight of the 21 films"
            " are first or second features.",
            "\u201cWe wanted to be surprised, and we were,\u201d artistic director Paolo Ferrante told"
            " journalists in Rome.",
            "The festival runs from August 28 to September 7.",
        ),
        author="Giulia Rossi",
    ),
    Page(
        "explainer", "https://www.meridianwire.com/world/europe/catalonia-water-crisis-explained-2025-02-05/",
        "wire", "Meridian Wire", "Why Catalonia's water crisis is far from over", "2025-02-05T05:00:00Z",
        (
            "BARCELONA, Feb 5 (Meridian) - Even if it rains this spring, Catalonia's reservoirs will take years"
            " to recover, hydrologists say.",
            "\u201cOne wet month does not undo three dry years,\u201d said Marta Soler, a hydrologist at the"
            " University of Barcelona.",
            "The region has spent 1.4 billion euros on desalination since 2022, and a new plant at Tordera is due"
            " to open in 2028.",
            "\u201cWe should have built it ten years ago,\u201d Soler said.",
        ),
        title_tag="Catalonia water crisis: 5 things to know | Meridian Wire",
        og_title="Catalonia's water crisis explained",
        ld_headline="Catalonia water crisis explained",
        kicker="EXPLAINER",
        author="Clara Puig",
        caption="The Tordera desalination plant. \u201cEvery litre from here costs three times as much,\u201d an"
        " engineer said. REUTERS/Nacho Doce",
    ),
    Page(
        "warnstreik", "https://www.weserkurier-online.de/region/bremen/gdl-warnstreik-ankuendigung-id4502.html",
        "regional_de", "Weser-Kurier Online", "Gewerkschaft k\u00fcndigt neuen Bahnstreik an",
        "2025-01-27T17:20:00+01:00",
        (
            "Die Lokf\u00fchrergewerkschaft hat f\u00fcr die kommende Woche einen weiteren Streik"
            " angek\u00fcndigt.",
            "\u201eWir lassen uns nicht hinhalten, Herr Seiler hat seit Dezember kein neues Angebot vorgelegt\u201c,"
            " sagte der Vorsitzende Klaus Wendt in Frankfurt.",
            "Die Bahn nannte den Streik \u201everantwortungslos gegen\u00fcber Millionen Fahrg\u00e4sten\u201c.",
            "Der Ausstand soll am Dienstag um 2 Uhr beginnen und 48 Stunden dauern.",
        ),
        lang="de",
        author="Jana Meyerhoff",
        kicker="Verkehr",
    ),
    Page(
        "recall", "https://www.meridianwire.com/business/autos/automaker-recall-airbags-2024-12-03/",
        "wire", "Meridian Wire", "Automaker recalls 1.2 million vehicles in the U.S.", "2024-12-03T21:05:00Z",
        (
            "DETROIT, Dec 3 (Meridian) - Halvorsen Motors is recalling about 1.2 million vehicles in the United"
            " States because a faulty sensor can stop airbags from deploying, the company said on Tuesday.",
            "\u201cWe are aware of three crashes in which the airbags did not deploy, and no deaths,\u201d the"
            " company said in a statement.",
            "Dealers will replace the sensor free of charge starting in January, according to a filing with the"
            " National Highway Traffic Safety Administration.",
            "\u201cOwners should not disable the passenger airbag while they wait,\u201d said safety chief Erik"
            " Lindqvist.",
        ),
        author="Dan Kowalski",
    ),
)

# Saved documents for citations without a link (the library): same shape, served from a folder.
LIBRARY: tuple[Page, ...] = (
    Page(
        "lib_report", "https://www.coastalnaturetrust.example.org/reports/wetlands-2024",
        "gov", "Coastal Nature Trust", "State of the Wetlands 2024", "2024-10-01",
        (
            "Over the past decade, the delta has lost 14 percent of its tidal wetlands to port and road"
            " construction.",
            "\u201cEvery hectare we pave over is a hectare of flood protection we will have to pay for later,\u201d"
            " the trust's director, Femke de Groot, writes in the foreword.",
        ),
    ),
    Page(
        "lib_ministerio", "https://www.mivau.example.es/prensa/notas/2025-01-30-bono-alquiler-joven",
        "gov", "Ministerio de Vivienda", "El Bono Alquiler Joven llegar\u00e1 a 70.000 beneficiarios en 2025",
        "2025-01-30",
        (
            "El Bono Alquiler Joven, de 250 euros mensuales, llegar\u00e1 a 70.000 beneficiarios en 2025.",
            "\u00abQueremos que ning\u00fan joven tenga que dedicar m\u00e1s del 30 % de su sueldo al"
            " alquiler\u00bb, declar\u00f3 la ministra.",
        ),
        lang="es",
    ),
    Page(
        "lib_hebammen", "https://www.hebammenverband-saar.example.de/stellungnahme-homburg",
        "gov", "Hebammenverband Saar", "Stellungnahme zur Schlie\u00dfung der Geburtshilfe in Homburg",
        None,
        (
            "Der Hebammenverband bedauert die Schlie\u00dfung der Geburtshilfe in Homburg.",
            "\u201eWir haben seit 2022 mehrfach vor dem Personalmangel gewarnt und konkrete Vorschl\u00e4ge"
            " gemacht\u201c, erkl\u00e4rt die Vorsitzende Karin Stumpf.",
        ),
        lang="de",
    ),
)

DEAD = {
    # url -> HTTP status (dead links served as such by the cassette)
    "https://www.harbourtonobserver.co.uk/news/local/market-square-redesign-consultation-3921": 404,
    "https://www.meridianwire.com/world/eu-ministers-shipping-emissions-2025-03-10/": 410,
    "https://www.weserkurier-online.de/region/bremen/bsag-tarife-2025-id4012.html": 404,
    "https://www.diariodelsur.example.es/malaga/pisos-turisticos-licencias_20250110.html": 404,
    "https://thecivicledger.substack.com/p/the-planning-bill-explained": 404,
}
