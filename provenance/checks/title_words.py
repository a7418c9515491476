"""Words for telling a cut-off English title ("…Patient Management thro") from a complete one.

LONG_WORDS are common words of English headlines; a title whose last token is a strict beginning of one of
them, and not itself a word (WORD_PREFIXES lists the beginnings that are words: "man", "manage"), was cut
mid-word. The lists are small on purpose: they catch the usual cuts, and a title's own page (when it can
be read) catches the rest.
"""

LONG_WORDS = frozenset("""
accused administration against agreement already always announce announced announcement announces another
around arrested artificial association attack attacks authorities available battle because before behind
between billion billionaire breaking business campaign candidate candidates century challenge challenges
champion championship championships change changes children chinese christmas citizens climate commission
commissioner committee communities community companies company completely concerns conference congress
constraints consumers contribute control coronavirus could council countries country court crash create
creates crisis critical current customer customers dangerous database deadline decision defence defense demand
democratic democrats department designed despite destroyed development digital director district doctors
donald driver drivers during earnings economic economy education election elections employees energy england
environment environmental european everyone evidence expected experience explains explosion facebook factory
families family features february federal festival finally finance financial following football forces foreign
foundation freedom friends funding future gaming generation germany global google government governor growth
guide happened health healthcare hearing helping highest history hospital housing however hundreds impeachment
important including increase increases industrial industry information infrastructure injured innovation
inside instead institute insurance intelligence international interview investigating investigation investment
investor investors island january journalist justice killed kingdom landmark largest launch launched launches
lawmakers lawsuit leader leaders leadership learning legislation letter limited little london looking machine
making management market markets measures medical member members message microsoft military million minister
ministry minutes missile missing months morning mother movement murder musicians national nations negotiations
network nothing nuclear number officers official officials online opening opposition optimization optimize
optimizing organisation organization outbreak papers parents parliament partner partners partnership
passengers patient patients payment pension people performance photos picture pictures planned planning
plastic platform player players playing pledge police policy political possible potential power premier
president pressure prices primary prison private problem problems product production products professor
profits program programme programs project projects property prosecutors protect protest protesters protests
public quarter question questions reaction readers recession record recovery refugees regional release
released report reporting reports representative republican research residents response restaurant results
return revealed revenue review rights russian samsung schedule school schools science scientist scientists
season second secretary security senator series service services shooting shortage should showed social
software soldiers something southern speech spending spokesperson standards startup statement station stocks
strategy streaming street strong student students study subscribers summit support suspect suspected system
systems teachers technologies technology teenager television terrorist testimony thinking thousands threat
through throughout tickets together tomorrow tournament towards trading traffic trailer training transfer
transport travel treatment trump twitter ukraine university unveils update updates vaccine vehicles victims
victory video village violence visitors volunteers warning washington weapons weather website weekend welcome
western winning winter wireless without women workers working workshop world worldwide would writing yesterday
younger
""".split())

WORD_PREFIXES = frozenset("""
again agree ann arrest art ass author bat bet bill break bus cam camp can candid cent cha champ champion chan
chi child chin chris christ com commit complete con cons cor corona count covid cur dan danger data dead dec
demo democrat depart des design dev dig direct dis doc don dona drive ear earn eco econ elect employ euro
europe eve ever every expect face fact feat feb fed fest fin final follow foot for fore found free fri fun
fund gene genera germ glob goo gov govern grow happen heal hear help high his how hun imp import inc include
info inform inn inter intern invest isla jan jour journal just kill kin king land large law laws lea lead lear
learn leg let limit lit look mac mach man manage mar mark med medic mes mess mic micro mil mill min mini miss
mon mont mot moth move music nat nation net not numb off office open opt organ out pap par pare part pas pass
pat pay pen pens per perform pic plan plat play pot potent pow pre pres press prim prima pro prob prod prof
profess prop proper pros prose pub quart que quest react read rec recess ref refuge region rep repo republic
reside rest rev reveal rig russ sam sea seas sec secret sen shoo shoot short show soft sol sold some sou south
spend spoke spokes stan stand star start stat state stream stud sub sum sup sus tea teach tech techno tee teen
tele terror tes test thin think tho thou tic tick tom tour tow trad trail train trans treat twit uni vic vid
villa vis visit vol war warn was wash washing web wee week west win wir wire wit with work works writ yes you
young
""".split())

# Per language (see provenance/language.py for how a title's language is told): words a title cannot end in
# (articles, conjunctions, prepositions that need what follows). German and Dutch verb particles ("kündigt
# Streik an", "fällt aus", "legt Plan vor") end whole titles, so they are not among that language's words.
DANGLING: dict[str, frozenset[str]] = {
    "en": frozenset("""a an and or nor but of the to with for in on at by from as into onto than via vs per
        between against during since despite amid among amongst toward towards upon whose their its our your
        my""".split()),
    "de": frozenset("""der die das dem den des eine einen einem einer eines und oder sowie für von vom zum
        zur im beim ins über unter dass wie mit""".split()),
    "fr": frozenset("""le la les de du des et ou à au aux un une pour par sur avec dans que qui d l
        sans chez vers""".split()),
    "es": frozenset("""el la los las de del y o para por una un con que al sin sobre entre hacia""".split()),
    "it": frozenset("""il lo la gli le di della delle dei degli e o da per con un una uno che del al nel
        sul tra fra""".split()),
    "pt": frozenset("""o a os as de do da dos das e ou em um uma para com ao no na pelo pela sem""".split()),
    "nl": frozenset("""de het een en of van voor dat die naar""".split()),
}

# Abbreviations a complete title may end in (lower case): company forms, honorifics and units. "Samsung
# Electronics Co" and "Acme Ltd" are whole, though "Co" and "Ltd" look like cut words.
ABBREVIATIONS = frozenset("""
co corp inc ltd llc llp plc ag se gmbh kg sa sas nv bv spa srl pty bhd oy ab asa kk
jr sr dr mr mrs ms prof st mt ft gen lt col sgt
km kg mg mph kmh bn mn pc bp gw mw kw gb tb
""".split())
