"""Does a caption, credit, alt text or short disclaimer say its image was made by AI?

Only the phrasing of a *disclosure* counts: a label ("AI-generated image", "Bild: KI-generiert"), a
statement about this image ("This image was created with artificial intelligence"), or a credit naming an
image generator ("Credit: Midjourney"). A sentence that merely talks about AI images ("Critics say
AI-generated images flood social media") is not one. Callers apply this to captions, credits, alt texts
and short standalone lines only, never to body paragraphs.
"""

from __future__ import annotations

import re
import unicodedata

_MAX_CHARS = 400  # a disclosure is a caption or a disclaimer, not an essay

# What the image is called, in the newsroom languages we meet (accents stripped, lower case).
_IMG = (r"(?:photo[- ]?illustration|photo[- ]?montage|image|picture|photo(?:graph)?|illustration|graphic|"
        r"artwork|visual|rendering|drawing|bild|symbolbild|foto|grafik|abbildung|titelbild|imagen|imagem|"
        r"immagine|ilustracion|ilustracao|fotografia|afbeelding|beeld|visuel|dessin|montage|portrait)")
_GEN = (r"(?:generated|created|made|produced|rendered|composed|designed|enhanced|generiert|erstellt|erzeugt|"
        r"generee?|creee?|realisee?|fabriquee?|produite?|generad[ao]|cread[ao]|hech[ao]|elaborad[ao]|"
        r"generat[ao]|creat[ao]|realizzat[ao]|prodott[ao]|gerad[ao]|criad[ao]|feit[ao]|gegenereerd|gemaakt)")
_BY = (r"(?:by|with|using|via|through|from|in|von|mit|durch|per|par|avec|grace a|con|por|mediante|"
       r"da|dall'|dalla|dal|com|pela|pelo|met|door|de)(?:\s+|(?<='))")
_AI = (r"(?:a\.?i\.?|artificial intelligence|generative (?:a\.?i\.?|artificial intelligence)|gen-?ai|"
       r"ki|kunstliche[nr]? intelligenz|ia|intelligence artificielle|inteligencia artificial|"
       r"intelligenza artificiale|kunstmatige intelligentie|an? (?:ai|image) (?:tool|generator|model)|"
       r"(?:ai|image)[- ](?:tool|generator|model|software)s?)")
_TOOL = (r"(?:dall[- \u00b7]?e(?: ?[23])?|midjourney|stable ?diffusion|(?:adobe )?firefly|imagen(?: [234])?|"
         r"openai|chatgpt|gpt-?4o?|sora|flux(?:\.1)?|leonardo(?:\.ai)?|ideogram|bing image creator|"
         r"copilot(?: designer)?|gemini|grok|runway|nano banana|craiyon|dreamstudio|image creator)")
_ARTICLE = r"(?:l'|(?:the|an?|la|le|der|die|einer|einem|el|una?|lo|il|a|o|de|een)\s+)?"
_LABEL = (r"(?:(?:photo[- ]?illustration|image|photo|picture|illustration|graphic|artwork|visual|bild|foto|"
          r"grafik|imagen|imagem|"
          r"immagine|afbeelding|visuel|symbolbild|titelbild)(?:\s+(?:credit|source|quelle))?|credits?|"
          r"source|quelle|fuente|fonte|bildquelle|copyright|\(c\)|©|note|disclaimer|hinweis|remarque|nota)"
          r"\s*[:|/–-]\s*")
_LEAD = (rf"^(?:{_LABEL})?(?:\(|\[)?(?:(?:this|the above|above|the|das|dieses|diese|le|la|il|el|l'|cette|"
         rf"esta|este|questa|deze|het|de)\s*)?")
_VERB_AFTER = re.compile(
    r"^\s*(?:is|are|was|were|have|has|had|can|could|will|would|may|might|should|flood|floods|spread|"
    r"spreads|pose|poses|threaten|threatens|fool|fools|become|becomes|raise|raises)\b")

_STATEMENT = re.compile(
    rf"{_LEAD}{_IMG}s?(?:\s+(?:above|below|shown|oben|ci-dessus))?"
    rf"(?:\s+(?:is|was|has been|were|wurde|ist|a ete|est|fue|es|e stata|e stato|foi|werd))?"
    rf"(?:\s+(?:partly|partially|fully|entirely|teilweise|vollstandig|digitally))?\s+{_GEN}"
    rf"(?:\s+(?:\w+\s+)?{_BY}){_ARTICLE}(?:{_AI}|{_TOOL})\b")
_LABEL_FIRST = re.compile(
    rf"{_LEAD}(?:{_AI}|{_TOOL})[- ]?(?:generated|created|made|rendered|assisted|enhanced|generiert|erstellt|"
    rf"erzeugt|gegenereerd)(?P<rest>.*)$")
# A short label naming the image as AI's: "AI image via Ideogram", "KI-Bild", "Generated image (AI)".
_SHORT_LABEL = re.compile(
    rf"{_LEAD}(?:(?:{_AI})[- ]{_IMG}s?\b|{_GEN}\s+{_IMG}s?\s*[(\[](?:{_AI}|{_TOOL})[)\]])")
_ROMANCE_LABEL = re.compile(  # "Image générée par IA", "Imagen generada con IA" are covered by _STATEMENT;
    rf"{_LEAD}{_IMG}\s+(?:ia|ai|ki)\b")  # "Imagen IA", "Bild KI"
_CREDIT = re.compile(rf"^{_LABEL}(?P<rest>.*)$")
_GENERATED_BY_AI = re.compile(
    rf"(?:^|[(\[,;.]\s*)(?:{_GEN}\s+{_BY}{_ARTICLE}(?:{_AI}|{_TOOL})|"
    rf"(?:{_AI}|{_TOOL})[- ](?:generated|generiert|generee|generad[ao]|generat[ao]|gerad[ao]))\b")
_GERMAN_ORDER = re.compile(  # "Symbolbild, mit KI erstellt", "Das Bild wurde mit KI erzeugt"
    rf"{_LEAD}{_IMG}(?:\s+(?:wurde|ist|wurden|sind))?[,:]?\s+(?:\w+\s+)?{_BY}{_ARTICLE}(?:{_AI}|{_TOOL})\s+{_GEN}\b")
_BARE = re.compile(rf"^(?:{_LABEL})?(?:\(|\[)?{_GEN}\s+{_BY}{_ARTICLE}(?:{_AI}|{_TOOL})\b")
_SYNTHETIC = re.compile(rf"{_LEAD}(?:synthetic|synthetisches?|synthetique|sintetic[ao]|synthetisch)\s+{_IMG}")
_DEICTIC = re.compile(
    rf"\b(?:this|the above|the following|these)\s+(?:{_IMG}s?)\s+(?:is|was|were|are|has been|have been)"
    rf"\s+(?:\w+\s+)?{_GEN}\s+{_BY}{_ARTICLE}(?:{_AI}|{_TOOL})\b")
_PARENTHESISED = re.compile(
    rf"[(\[](?:{_AI}|{_TOOL})[- ](?:generated|generiert|generee|generad[ao]|generat[ao])[^)\]]{{0,40}}[)\]]")


_AI_WORD = re.compile(r"\b(?:a\.?i\.?|ki|ia|genai)\b")
_AI_HINTS = ("intellig", "intelig", "künstlich", "kunstlich", "kunstmatig", "midjourney", "dall",
             "diffusion", "firefly", "imagen", "openai", "gpt", "sora", "flux", "leonardo", "ideogram",
             "copilot", "gemini", "grok", "runway", "synthe", "sintetic", "sintétic", "craiyon",
             "dreamstudio", "banana", "gener", "génér")


def _mentions_ai(text: str) -> bool:
    """A cheap first look: no mention of AI or of an image generator, no disclosure."""
    low = text.lower()
    return any(hint in low for hint in _AI_HINTS) or bool(_AI_WORD.search(low))


def normalize(text: str) -> str:
    """Lower case, no accents, plain apostrophes and hyphens, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def is_ai_disclosure(text: str) -> bool:
    """True when text discloses that an image was generated (or substantially made) by AI."""
    if not text or len(text) > _MAX_CHARS or not _mentions_ai(text):
        return False
    norm = normalize(text)
    if any(p.search(norm) for p in (_STATEMENT, _DEICTIC, _PARENTHESISED, _GERMAN_ORDER, _BARE)):
        return True
    if _SYNTHETIC.search(norm) or _ROMANCE_LABEL.match(norm) and len(norm.split()) <= 6:
        return True
    short = _SHORT_LABEL.match(norm)
    if short and len(norm.split()) <= 6 and not _VERB_AFTER.match(norm[short.end():]):
        return True
    first = _LABEL_FIRST.match(norm)
    if first and not _VERB_AFTER.match(_after_noun(first["rest"])):
        return True
    credit = _CREDIT.match(norm)
    if credit:
        return _credit_names_ai(credit["rest"])
    return False


def _after_noun(rest: str) -> str:
    """What follows "AI-generated [image]" — a verb there makes it a sentence about AI images."""
    return re.sub(rf"^\s*{_IMG}s?\b", "", rest)


def _credit_names_ai(rest: str) -> bool:
    """A credit or label whose value is an image generator, or says "generated by AI"."""
    rest = rest.strip(" .()[]")
    if re.fullmatch(rf"(?:[\w .&'-]{{0,40}}(?:/|,| via | with | and | & | using | x ))?{_ARTICLE}"
                    rf"(?:{_TOOL}|{_AI})(?:[- ](?:generated|generiert|generee|generad[ao]|generat[ao]))?"
                    rf"(?:\s*(?:/|,|\(|via|with|and|&|using)\s*[\w .&'()-]{{0,40}})?", rest):
        return True
    return bool(_GENERATED_BY_AI.search(rest) and len(rest.split()) <= 16)
