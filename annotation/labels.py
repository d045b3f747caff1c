"""The labeling interface and the annotators' guide, generated from the label sets in `builder.schema`.

Nothing here lists a quote type, speaker kind or stance by hand: append a label
to `builder.schema` and the config, the prediction checks and the conversion
follow. Region names (`from_name` values) are module constants because the
push and the pull both read them.
"""
from __future__ import annotations

from html import escape
from typing import Final

from builder.schema import QUOTE_TYPES, SPEAKER_KINDS, STANCES

SPAN_CONTROL: Final[str] = "span"
STANCE_CONTROL: Final[str] = "stance"
SPEAKER_CONTROL: Final[str] = "speaker"
KIND_CONTROL: Final[str] = "speaker_kind"
TEXT_OBJECT: Final[str] = "text"

SPEAKER_LABEL: Final[str] = "SPEAKER"
CUE_LABEL: Final[str] = "CUE"
SAID_BY: Final[str] = "said_by"  # relation speaker -> quote
CUE_OF: Final[str] = "cue_of"  # relation cue -> quote


def quote_label(quote_type: str) -> str:
    """The span label of a quote of this type (`direct` -> `QUOTE_DIRECT`)."""
    return f"QUOTE_{quote_type.upper()}"


QUOTE_LABELS: Final[dict[str, str]] = {quote_label(t): t for t in QUOTE_TYPES}
"""span label -> quote type"""

_COLOURS: Final[tuple[str, ...]] = ("#ffd166", "#f4a261", "#e9c46a", "#c9ada7", "#b5838d")
SPEAKER_COLOUR: Final[str] = "#06d6a0"
CUE_COLOUR: Final[str] = "#118ab2"


def label_config() -> str:
    """The Label Studio XML: span labels over the body, relations to quotes, per-quote stance, speaker and kind."""
    quote_labels = "\n".join(
        f'    <Label value="{label}" background="{_COLOURS[i % len(_COLOURS)]}"/>' for i, label in enumerate(QUOTE_LABELS)
    )
    when = ",".join(QUOTE_LABELS)
    stances = "\n".join(f'      <Choice value="{s}"/>' for s in STANCES)
    kinds = "\n".join(f'      <Choice value="{k}"/>' for k in SPEAKER_KINDS)
    return f"""<View>
  <Header value="Stance target: $target"/>
  <Relations>
    <Relation value="{SAID_BY}"/>
    <Relation value="{CUE_OF}"/>
  </Relations>
  <Labels name="{SPAN_CONTROL}" toName="{TEXT_OBJECT}">
{quote_labels}
    <Label value="{SPEAKER_LABEL}" background="{SPEAKER_COLOUR}"/>
    <Label value="{CUE_LABEL}" background="{CUE_COLOUR}"/>
  </Labels>
  <Text name="{TEXT_OBJECT}" value="$text"/>
  <View visibleWhen="region-selected" whenLabelValue="{when}">
    <Header value="Stance of this quote toward the target"/>
    <Choices name="{STANCE_CONTROL}" toName="{TEXT_OBJECT}" perRegion="true" choice="single-radio" showInline="true">
{stances}
    </Choices>
    <Header value="Speaker of this quote: the fullest name the article gives"/>
    <TextArea name="{SPEAKER_CONTROL}" toName="{TEXT_OBJECT}" perRegion="true" editable="true" maxSubmissions="1" rows="1"/>
    <Header value="Speaker kind"/>
    <Choices name="{KIND_CONTROL}" toName="{TEXT_OBJECT}" perRegion="true" choice="single-radio" showInline="true">
{kinds}
    </Choices>
  </View>
</View>
"""


_GUIDE_SECTIONS: Final[tuple[tuple[str, list[str]], ...]] = (
    ("What you are doing", [
        "The rules have already marked every quote they found. Check each one, fix what is wrong, add what they "
        "missed, delete what is not a quote, then press <b>Submit</b> (or <b>Update</b>). An article with nothing "
        "to fix is still submitted: that tells us a person checked it.",
    ]),
    ("1. Is it a quote?", [
        "A quote is speech, writing or a stated position the article attributes to someone other than the journalist.",
        "<b>QUOTE_DIRECT</b>: words inside quotation marks. "
        "<i>&ldquo;[Rusia berkeinginan untuk mengkonsolidasikan tren positif],&rdquo; sebut Ushakov</i>",
        "<b>QUOTE_INDIRECT</b>: reported speech without marks, introduced by a cue. "
        "<i>Ushakov menambahkan, [setelah pertemuan tidak akan ada penandatangan kesepakatan].</i>",
        "<b>QUOTE_MIXED</b>: reported speech with a quoted fragment inside. "
        "<i>Kim mengatakan, [dia berharap akan ada dialog yang lebih &ldquo;bermanfaat dan konstruktif&rdquo;].</i>",
        "Not quotes: scare quotes (<i>'Kabinet Kerja'</i>), titles of works, nicknames, photo captions, the "
        "journalist's own questions, facts with no source (<i>Kim tiba di stasiun Khasan</i>). Delete such regions.",
    ]),
    ("2. The quote span", [
        "Direct: only the words between the marks, without the marks.",
        "Indirect and mixed: only the reported content, never the cue, the speaker, <i>bahwa</i>, <i>agar</i> or "
        "<i>supaya</i>: <i>X mengatakan bahwa [P].</i> &middot; <i>Menurut X, [P].</i> &middot; <i>[P], kata X.</i>",
        "A quote split by its attribution is two quotes with the same speaker: "
        "<i>&ldquo;[A],&rdquo; kata Kim, &ldquo;[B].&rdquo;</i> A direct quote over several paragraphs is one quote "
        "per paragraph.",
        "To move a boundary: select the region, then drag its edge, or delete it and mark the span again.",
    ]),
    ("3. Cue and speaker mention", [
        "<b>CUE</b>: the attribution word: <i>kata, ujar, tutur, ungkap, jelas, sebut, tambah, menurut, "
        "mengatakan, menyatakan, menegaskan, menilai, seperti dikutip dari</i>. A direct quote standing alone has none.",
        "<b>SPEAKER</b>: the words naming the source nearest to the cue: a name (<i>Ushakov</i>), a role noun "
        "(<i>Presiden</i>), a pronoun (<i>dia, ia, dirinya</i>), an organisation (<i>Kremlin, KCNA</i>) or a group "
        "(<i>Para analis</i>). Role words before a name stay out (<i>Menteri Keuangan [Sri Mulyani]</i>).",
        "Link them to the quote: select the SPEAKER region, press the relation button, click the quote "
        "(relation <b>said_by</b>); do the same from the CUE (relation <b>cue_of</b>).",
    ]),
    ("4. Per quote: speaker name, kind and stance", [
        "Select the quote region; a panel appears under the text.",
        "<b>Speaker</b>: the fullest name the article gives for this source, pronouns and roles resolved "
        "(<i>dia</i> &rarr; <i>Yuri Ushakov</i>; <i>Putin</i> &rarr; <i>Vladimir Putin</i>). If the article "
        "never names it, write the mention itself (<i>Para analis</i>).",
        "<b>Speaker kind</b>: person, organization (governments, ministries, parties, companies, countries as "
        "actors), media (an outlet that is itself the source: <i>lapor kantor berita RIA</i>), group (an unnamed "
        "set of people), unknown.",
        "<b>Stance</b> toward the target shown above the text: <b>favor</b> (supports, welcomes), <b>against</b> "
        "(opposes, criticises, warns, blames), <b>neutral</b> (factual, procedural, unrelated, balanced). It is "
        "the speaker's position, not the journalist's and not yours; a sad quote can still favour the target.",
    ]),
)


def guide_html() -> str:
    """The annotation guide shown as the project's instructions (ANNOTATION.md in the annotators' terms)."""
    parts = ["<h2>Reviewing quotes</h2>"]
    for title, paragraphs in _GUIDE_SECTIONS:
        parts.append(f"<h3>{escape(title)}</h3>")
        parts.extend(f"<p>{p}</p>" for p in paragraphs)
    return "\n".join(parts)
