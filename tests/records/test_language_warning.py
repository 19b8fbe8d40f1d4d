"""The rules read English only: a record of a text in another language says so in its
``warnings`` instead of passing for an article without facts. Texts written for these tests."""
import json
from pathlib import Path

import pytest

from newsfacts.api import merge_pieces, paragraph_pieces
from newsfacts.records.build import NOT_ENGLISH

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

NOT_ENGLISH_TEXTS = {
    "es": ("El ministro de Relaciones Exteriores recibió ayer en la sede de la cancillería a su homólogo "
           "de un país vecino. Ambos conversaron sobre la cooperación en materia de agua, energía y "
           "comercio, y acordaron que una comisión mixta se reunirá en la capital durante el mes de "
           "marzo para preparar un plan de acción para los próximos cinco años."),
    "fr": ("Le ministre des Affaires étrangères a reçu mardi son homologue dans la capitale. Les deux "
           "responsables ont passé en revue les relations entre les deux pays et ont signé un accord "
           "de coopération dans le domaine de la pêche, qui sera mis en œuvre par une commission "
           "conjointe chargée de suivre les projets communs."),
    "pt": ("O ministro dos Negócios Estrangeiros recebeu esta semana o seu homólogo para uma reunião "
           "de trabalho na capital. Os dois governantes analisaram a cooperação nas áreas da saúde e "
           "da educação e anunciaram que a próxima cimeira bilateral terá lugar no segundo semestre, "
           "com a assinatura de vários acordos."),
}

ENGLISH_TEXTS = [
    # plain press prose
    ("The Foreign Minister of Palau, Mr Jonah Kessing, met his Fijian counterpart in Suva on "
     "Monday. The two ministers discussed fisheries, climate finance and a new air link, and "
     "agreed that officials would meet again in Koror in March to draft a plan of action."),
    # heavy with names and figures: few function words, still English
    ("JAKARTA, 3 March 2025 - ASEAN Secretary-General Dr Lim Hock Sen opened the 9th ASEAN-Korea "
     "Transport Dialogue (AKTD) at the ASEAN Secretariat. Delegates from Brunei, Cambodia, Laos, "
     "Malaysia, Myanmar, Singapore, Thailand, Viet Nam and the Republic of Korea attended the "
     "two-day meeting, chaired by Director-General Park Min-ho of the Korean Transport Ministry."),
]


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH_TEXTS))
def test_text_in_another_language_gets_the_warning(extract_text, language):
    assert NOT_ENGLISH in extract_text(NOT_ENGLISH_TEXTS[language]).warnings


@pytest.mark.parametrize("text", ENGLISH_TEXTS)
def test_english_press_gets_no_language_warning(extract_text, text):
    assert NOT_ENGLISH not in extract_text(text).warnings


def test_too_short_a_text_is_not_judged(extract_text):
    # a headline or a caption: too few words to tell a language by
    assert NOT_ENGLISH not in extract_text("Cumbre regional en la capital el lunes.").warnings


def _english_articles():
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").rglob("*.txt"))]
    for name in ("gold.jsonl", "gold2.jsonl"):
        path = SHARED / "dev" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_no_english_article_at_hand_is_flagged(nlp):
    """A census: none of the corpus and dev articles (English press) is taken for another language."""
    from newsfacts.records.build import language_warnings

    texts = _english_articles()
    assert len(texts) > 100
    flagged = [text[:60] for text in texts if language_warnings(nlp(nlp.make_doc(text)))]
    assert flagged == []


def test_long_article_keeps_the_warnings_of_every_piece(nlp):
    """An article processed in pieces reports what its pieces warned of, each warning once: the
    language when most of its pieces are not in English."""
    from newsfacts.api import _run
    from newsfacts.io.readers import InputItem

    english = "\n\n".join(ENGLISH_TEXTS[0] for _ in range(3))
    spanish = "\n\n".join(NOT_ENGLISH_TEXTS["es"] for _ in range(3))
    text = english + "\n\n" + spanish + "\n\n" + spanish
    size = len(english) + 2
    pieces = paragraph_pieces(text, size=size)
    assert len(pieces) >= 3
    item = InputItem(id="long", text=text, published="2025-06-02")
    records = [(offset, _run(nlp, item, piece, "2025-06-02")) for offset, piece in pieces]
    assert NOT_ENGLISH not in records[0][1].warnings  # the first piece is English
    assert merge_pieces(records).warnings.count(NOT_ENGLISH) == 1


def test_long_english_article_with_a_list_of_names_is_not_taken_for_another_language(nlp):
    """A long English article whose last piece is an annex of names and figures (few function
    words) keeps no language warning: one piece of several is no majority."""
    from newsfacts.api import _run
    from newsfacts.io.readers import InputItem

    english = "\n\n".join(ENGLISH_TEXTS[0] for _ in range(3))
    annex = "\n".join(f"Delegate {i}: Mr Tevita Lolo, Tonga; Ms Ana Peni, Fiji; Dr Sione Mau, Samoa; Ref 2025/{i}"
                      for i in range(12))
    text = english + "\n\n" + english + "\n\n" + annex
    pieces = paragraph_pieces(text, size=len(english) + 2)
    item = InputItem(id="annex", text=text, published="2025-06-02")
    records = [(offset, _run(nlp, item, piece, "2025-06-02")) for offset, piece in pieces]
    assert len(records) >= 3 and NOT_ENGLISH in records[-1][1].warnings  # the annex alone is flagged
    assert NOT_ENGLISH not in merge_pieces(records).warnings
