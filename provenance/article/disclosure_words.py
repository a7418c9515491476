"""The words of an AI-image disclosure, as data: which tools make images, what making is called, what AI is
called, and the small closed classes around them (labels, articles, copulas, negations), in the languages
newsrooms print captions in (English, German, French, Spanish, Italian, Portuguese, Dutch).

Everything here is written without accents and in lower case, one word per token: the grammar in
`disclosure.py` normalises the caption the same way (hyphens and apostrophes split words: "KI-generiert" is
"ki generiert", "l'IA" is "l ia"). Add a wording here, not a pattern there.
"""

from __future__ import annotations

# Image generators and the models behind them. The level says how much context a name needs:
#   2 - only ever an image tool: enough on its own, even as a bare "(Midjourney)" after a caption;
#   1 - also a word or a chat product: needs a credit label or an agent's place ("made with Gemini");
#   0 - also a common noun or a person's name: only after a verb of making ("generated with Imagen").
GENERATORS: dict[str, int] = {
    # OpenAI: the DALL-E models, the image model in ChatGPT, the video model
    "dall e": 2, "dalle": 2, "dall e 2": 2, "dall e 3": 2, "gpt image 1": 2, "gpt 4o": 1, "chatgpt": 1,
    "sora": 0,
    # Midjourney and its anime model
    "midjourney": 2, "niji journey": 2,
    # Stability AI: the Stable Diffusion family and its web app
    "stable diffusion": 2, "stable diffusion xl": 2, "sdxl": 2, "sd3": 2, "dreamstudio": 2,
    "stable image": 1,
    # Adobe: Firefly and the Photoshop features built on it
    "adobe firefly": 2, "firefly": 0, "generative fill": 2, "generative expand": 2,
    # Google: Imagen, Gemini's image model ("Nano Banana"), ImageFX, the Veo video model
    "imagen": 0, "imagen 2": 2, "imagen 3": 2, "imagen 4": 2, "gemini": 1, "google gemini": 1,
    "nano banana": 2, "imagefx": 2, "image fx": 2, "veo": 0, "whisk": 0,
    # Microsoft: Bing Image Creator, Copilot, Designer
    "bing image creator": 2, "image creator": 2, "copilot": 1, "copilot designer": 2,
    "microsoft designer": 2, "bing": 0,
    # Black Forest Labs: FLUX
    "flux": 0, "flux 1": 2, "flux.1": 2, "flux pro": 2, "flux kontext": 2,
    # xAI: Grok and its image model Aurora
    "grok": 1, "aurora": 0,
    # Meta: Imagine with Meta AI
    "meta ai": 1, "imagine with meta": 2,
    # Independent image services
    "ideogram": 2, "leonardo.ai": 2, "leonardo ai": 2, "leonardo": 0, "craiyon": 2, "nightcafe": 2,
    "playground ai": 2, "recraft": 2, "krea": 1, "krea ai": 2, "artbreeder": 2, "deepai": 2,
    "starryai": 2, "wombo dream": 2, "getimg.ai": 2, "lexica": 1, "jasper art": 2, "canva magic media": 2,
    "magic media": 2, "freepik ai": 2, "shutterstock ai": 2, "seedream": 2, "qwen image": 2,
    "hunyuan image": 2, "kandinsky": 0,
    # Video generators whose stills appear as images
    "runway": 0, "runwayml": 2, "runway ml": 2, "runway gen 3": 2, "kling": 0, "kling ai": 2,
    "hailuo": 2, "pika": 0, "pika labs": 2, "luma dream machine": 2, "dream machine": 1,
    # Names that metadata fields print (XMP CreatorTool, IPTC Credit): tools, interfaces, family names
    "gpt image": 2, "openai sora": 2, "google imagen": 2, "firefly image": 2, "gemini image": 2,
    "grok imagine": 2, "black forest labs": 1, "wombo": 1, "comfyui": 2, "automatic1111": 2, "novelai": 2,
}

# "AI" itself and the nouns for an AI image maker, in each language. An optional adjective from
# AI_ADJECTIVES may stand before them ("generative AI", "künstlicher Intelligenz").
AI_NOUNS: tuple[str, ...] = (
    # English
    "ai", "a.i", "a.i.", "genai", "gen ai", "artificial intelligence", "machine learning",
    "text to image model", "text to image generator", "text to image tool", "text to image software",
    "text to image ai", "text to image system", "diffusion model", "image generator", "image model",
    "image generation tool", "image generation model", "image generation software", "ai tool", "ai model",
    "ai generator", "ai image generator", "ai software", "ai program", "ai system", "ai app", "ai platform",
    "ai image tool", "generative model", "neural network",
    # German
    "ki", "kunstliche intelligenz", "kunstlicher intelligenz", "ki tool", "ki generator",
    "ki bildgenerator", "bildgenerator", "ki software", "ki programm", "ki modell", "ki anwendung",
    "bild ki",
    # French
    "ia", "intelligence artificielle", "generateur d images", "outil d ia", "logiciel d ia",
    "modele d ia", "ia generative",
    # Spanish
    "inteligencia artificial", "generador de imagenes", "herramienta de ia", "programa de ia",
    "ia generativa",
    # Italian
    "intelligenza artificiale", "generatore di immagini", "strumento di ia",
    # Portuguese (its "inteligência artificial" is the Spanish spelling once accents are stripped)
    "gerador de imagens", "ferramenta de ia",
    # Dutch
    "kunstmatige intelligentie", "beeldgenerator",
)
AI_ADJECTIVES: tuple[str, ...] = (
    "generative", "generativer", "generativen", "generativem", "generativ", "generatif", "generativa",
    "generativo", "generatieve", "an", "a", "einer", "einem", "une", "un", "una", "uma", "um", "een",
    "kunstlicher", "kunstlichen",
)

# Verbs of making, as past participles (the form a caption uses), with their inflected endings.
# Each entry is a regular expression over one word.
MAKING_VERBS: tuple[str, ...] = (
    # English
    r"generated", r"created", r"made", r"produced", r"rendered", r"synthesi[sz]ed", r"composed",
    r"designed", r"drawn", r"painted", r"imagined", r"illustrated", r"enhanced", r"altered", r"edited",
    r"manipulated", r"modified", r"upscaled", r"expanded", r"built", r"crafted", r"assisted",
    # German
    r"generiert(?:e[nmrs]?)?", r"erstellt(?:e[nmrs]?)?", r"erzeugt(?:e[nmrs]?)?", r"gemacht(?:e[nmrs]?)?",
    r"geschaffen(?:e[nmrs]?)?", r"kreiert(?:e[nmrs]?)?", r"gestaltet(?:e[nmrs]?)?",
    r"produziert(?:e[nmrs]?)?", r"bearbeitet(?:e[nmrs]?)?", r"verandert(?:e[nmrs]?)?",
    r"gestutzt(?:e[nmrs]?)?", r"unterstutzt(?:e[nmrs]?)?",
    # French
    r"generee?s?", r"creee?s?", r"realisee?s?", r"fabriquee?s?", r"produite?s?", r"concue?s?",
    r"dessinee?s?", r"retouchee?s?", r"modifiee?s?", r"assistee?s?",
    # Spanish
    r"generad[oa]s?", r"cread[oa]s?", r"hech[oa]s?", r"elaborad[oa]s?", r"producid[oa]s?",
    r"realizad[oa]s?", r"disenad[oa]s?", r"modificad[oa]s?", r"asistid[oa]s?",
    # Italian
    r"generat[oaie]", r"creat[oaie]", r"realizzat[oaie]", r"prodott[oaie]", r"fatt[oaie]",
    r"elaborat[oaie]", r"modificat[oaie]",
    # Portuguese
    r"gerad[oa]s?", r"criad[oa]s?", r"feit[oa]s?", r"produzid[oa]s?",
    # Dutch
    r"gegenereerde?", r"gemaakte?", r"gecreeerde?", r"geproduceerde?", r"bewerkte?",
)

# The verbs of making that only ever mean generating: a tool name that is also a common word or a name
# ("Imagen", "Leonardo") counts only after one of these ("generated with Imagen", not "made by Leonardo").
GENERATING_VERBS: tuple[str, ...] = (
    r"generated", r"synthesi[sz]ed", r"generiert(?:e[nmrs]?)?", r"erzeugt(?:e[nmrs]?)?", r"generee?s?",
    r"generad[oa]s?", r"generat[oaie]", r"gerad[oa]s?", r"gegenereerde?",
)

# Words that open a relative clause after a comma: "Bilder, die mit KI erstellt wurden, …" is one clause.
RELATIVE_PRONOUNS: tuple[str, ...] = (
    "which", "that", "who", "die", "der", "das", "welche", "welches", "welcher", "qui", "que", "qu",
    "lequel", "laquelle", "cual", "cuales", "che", "cui", "dat", "welke",
)

# What joins the verb to its maker: "by", "with", "using"; multi-word ones too.
AGENT_PREPOSITIONS: tuple[str, ...] = (
    "by", "with", "using", "via", "through", "from", "in", "on", "with the help of", "with help from",
    "with the aid of", "assisted by", "courtesy of", "by means of",
    "von", "mit", "durch", "per", "mithilfe", "mit hilfe", "mit hilfe von", "mithilfe von", "unter",
    "par", "avec", "a l aide d", "a l aide de", "grace a", "au moyen d", "au moyen de",
    "con", "por", "mediante", "con ayuda de", "con la ayuda de", "a traves de",
    "da", "dall", "dalla", "dal", "tramite", "grazie a", "con l aiuto di", "attraverso",
    "com", "pela", "pelo", "com ajuda de", "atraves de",
    "met", "door", "met behulp van",
)

# Prepositions of a phrase that qualifies the image before its verb: "The image at the top of this story was".
QUALIFYING_PREPOSITIONS: tuple[str, ...] = (
    "at", "of", "in", "on", "above", "below", "for", "auf", "uber", "zu", "fur", "im", "sur", "pour", "en",
    "de", "del", "di", "della", "do", "da", "van", "bij", "voor", "op",
)

# Determiners that may stand between a preposition and the maker ("by the AI", "par l'IA").
ARTICLES: tuple[str, ...] = (
    "the", "a", "an", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem",
    "l", "le", "la", "les", "un", "une", "d", "de", "du", "des", "el", "los", "las", "una", "del",
    "il", "lo", "uno", "gli", "o", "os", "as", "um", "uma", "het", "een",
)

# What the image is called, singular, and the plurals (a plural without "these" is about AI images in
# general: "AI-generated images flood social media").
IMAGE_NOUNS: tuple[str, ...] = (
    "image", "picture", "photo", "photograph", "photo illustration", "photoillustration", "illustration",
    "graphic", "artwork", "art", "visual", "rendering", "drawing", "montage", "photomontage", "portrait",
    "still", "cover", "cover image", "header image", "thumbnail", "collage", "composite",
    "bild", "symbolbild", "titelbild", "foto", "fotomontage", "grafik", "abbildung",
    "fotografie", "aufnahme", "darstellung",
    "visuel", "dessin", "photographie", "imagen", "ilustracion", "fotografia", "fotomontaje",
    "immagine", "illustrazione", "imagem", "ilustracao", "afbeelding", "beeld", "illustratie",
)
# Adjectives an image's noun may carry in a disclosure's subject: "Computer-generated image produced with …".
IMAGE_ADJECTIVES: tuple[str, ...] = ("computer generated", "digital", "digitally created", "symbolic")

# Adjectives that follow the image's noun: "Imagen ilustrativa generada con Flux", "image d'illustration".
IMAGE_ADJECTIVES_AFTER: tuple[str, ...] = (
    "illustrative", "ilustrativa", "ilustrativo", "illustrativa", "illustrativo", "d illustration",
    "de ilustracion", "di illustrazione", "symbolique", "simbolica", "simbolico", "above", "below", "shown",
)

# What may follow a tool's name in a credit: its version or edition ("Midjourney v6", "Flux Pro").
VERSION_WORDS: tuple[str, ...] = ("pro", "xl", "ultra", "turbo", "max", "plus", "mini", "dev", "schnell",
                                  "raw", "niji", "hd", "beta", "alpha", "model", "version")

IMAGE_PLURALS: tuple[str, ...] = (
    "images", "pictures", "photos", "photographs", "illustrations", "graphics", "artworks", "visuals",
    "renderings", "drawings", "portraits", "bilder", "fotos", "grafiken", "abbildungen", "visuels",
    "dessins", "imagenes", "ilustraciones", "fotografias", "immagini", "illustrazioni", "imagens",
    "afbeeldingen", "beelden",
)

# A caption's label before its credit or note: "Image:", "Foto:", "Crédit :", "Symbolbild:".
LABELS: tuple[str, ...] = IMAGE_NOUNS + (
    "header", "header image", "lead image", "top image", "hero image", "featured image", "teaser",
    "teaserbild", "aufmacher", "aufmacherbild", "vignette", "portada", "copertina",
    "credit", "credits", "image credit", "photo credit", "picture credit", "illustration credit",
    "source", "image source", "photo source", "courtesy", "note", "disclaimer", "editor s note",
    "quelle", "bildquelle", "fotoquelle", "hinweis", "credit photo", "credits photo", "remarque",
    "fuente", "credito", "nota", "fonte", "crediti", "bron", "opmerking", "copyright", "c",
)

# Words that place or point at the image: "the image above", "this picture", "dieses Bild".
DEICTICS: tuple[str, ...] = (
    "this", "these", "the", "above", "below", "shown", "top", "following", "it", "all", "both",
    "das", "dieses", "diese", "dieser", "obige", "oben", "es",
    "cette", "ces", "ce", "ci", "dessus", "ci dessus", "le", "la", "l", "les", "elle",
    "esta", "este", "estas", "estos", "la", "el", "arriba",
    "questa", "questo", "queste", "sopra", "il", "lo",
    "essa", "esse", "a", "o",
    "deze", "dit", "het", "de", "bovenstaande",
)
# Words that point at the image shown wherever they stand: "… in this AI-generated illustration".
POINTING_WORDS: tuple[str, ...] = (
    "this", "these", "dieses", "diesem", "dieser", "diese", "cette", "ce", "cet", "ces", "esta", "este",
    "estas", "questa", "questo", "queste", "essa", "deze", "dit",
)

# What joins the parties of a credit: "Getty Images/Midjourney", "Redaktion mit KI".
CREDIT_JOINERS: tuple[str, ...] = (
    "/", "&", "+", "and", "und", "et", "y", "en", "via", "with", "using", "mit", "avec", "con", "x", ":",
)

PLURAL_DEICTICS: tuple[str, ...] = ("these", "all", "both", "diese", "ces", "estas", "estos", "queste",
                                    "questi", "essas", "estes", "deze")

# The copula of a passive ("was generated", "wurde erstellt", "a été générée", "ha sido creada").
COPULAS: tuple[str, ...] = (
    "is", "was", "are", "were", "has been", "have been", "had been", "is being",
    "wurde", "wurden", "ist", "sind", "war",
    "a ete", "est", "ont ete", "sont",
    "fue", "es", "ha sido", "han sido",
    "e stata", "e stato", "sono state", "e",
    "foi", "foram",
    "werd", "zijn",
)

# Adverbs that may qualify the making: "partly generated", "vollständig KI-generiert".
ADVERBS: tuple[str, ...] = (
    "partly", "partially", "fully", "entirely", "wholly", "digitally", "also", "largely",
    "teilweise", "vollstandig", "komplett", "ganz", "partiellement", "entierement", "totalmente",
    "parcialmente", "parzialmente", "interamente", "volledig", "deels", "gedeeltelijk",
)

# Words that undo a disclosure in the same clause: "not AI-generated", "kein KI-Bild", "sin IA".
NEGATIONS: tuple[str, ...] = (
    "not", "no", "never", "without", "nor", "isn t", "wasn t", "non",
    "nicht", "kein", "keine", "keiner", "keinem", "ohne", "nie",
    "pas", "sans", "jamais", "ni",
    "sin", "nunca",
    "senza", "mai",
    "nao", "sem",
    "niet", "geen", "zonder",
)

# Finite verbs that make the phrase before them the subject of a sentence about AI images ("AI-generated
# image went viral"): auxiliaries and the verbs such sentences use.
DISCUSSION_VERBS: tuple[str, ...] = (
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "will", "would", "may",
    "might", "should", "must", "do", "does", "did", "flood", "floods", "flooded", "spread", "spreads",
    "pose", "poses", "threaten", "threatens", "fool", "fools", "fooled", "become", "becomes", "raise",
    "raises", "went", "go", "goes", "circulate", "circulates", "circulated", "appear", "appears",
    "sind", "ist", "werden", "wird", "haben", "hat", "konnen", "sont", "ont", "peuvent", "son", "han",
    "pueden", "sono", "hanno", "possono", "sao", "tem", "podem", "zijn", "hebben", "kunnen",
)

# Adjectives that say an image is not a photograph of the world: "synthetic image", "synthetisches Bild".
SYNTHETIC: tuple[str, ...] = (
    "synthetic", "synthetisch", "synthetisches", "synthetische", "synthetique", "sintetica", "sintetico",
    "sintetiche",
)
