"""Sentences end where a sentence ends, not after an abbreviation; and the verbs that
make an attendee the chair (the leader who "visited and worked with" a district) or a
speaker ("stressed", "praised", "pledged") in the languages of the editions.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.segments import sentences


def _sentences(text: str) -> list[str]:
    return [s.of(text) for s in sentences(text)]


@pytest.mark.parametrize("text", [
    "The session was co-chaired by Mr. Tran Van Hai and Ms. Le Thi Hoa, district secretary.",
    "Příjmy rozpočtu dosáhly 312,5 mld. VND, o 8 % více.",
    "Der Umsatz betrug 1.861 Mrd. VND im Jahr 2024.",
    "Obroty wyniosły 12,5 tys. ton rocznie.",
    "В 2024 г. доход вырос до 3 млрд. донгов.",
    "Die Straße Nr. 12 wurde ausgebaut, sagte Dr. Pham Van Long.",
], ids=["en-ms", "cs-mld", "de-mrd", "pl-tys", "ru-lowercase", "de-nr-dr"])
def test_no_sentence_end_after_an_abbreviation(text):
    assert len(_sentences(text)) == 1


def test_sentence_ends_still_split():
    text = "Revenue rose 5%. The district built 12 schools. Mr. Hai spoke."
    assert _sentences(text) == ["Revenue rose 5%", "The district built 12 schools",
                                "Mr. Hai spoke"]


def _roles(text: str, lang: str) -> dict[str, str]:
    draft = build_draft(text, lang)
    return {p.name: person_role(draft, p) for p in draft.people}


@pytest.mark.parametrize(("lang", "text", "roles"), [
    ("en", "Comrade Tran Van Hai visited and worked with Muong La district. "
           "Chairman Le Van Nam stressed the district's progress.",
     {"Tran Van Hai": "chair", "Le Van Nam": "speaker"}),
    ("en", "The session was co-chaired by Ms. Le Thi Hoa, Secretary of the District Party Committee.",
     {"Le Thi Hoa": "chair"}),
    ("de", "Genosse Tran Van Hai besuchte und arbeitete mit dem Bezirk Muong La. "
           "Le Van Nam betonte die Fortschritte des Bezirks.",
     {"Tran Van Hai": "chair", "Le Van Nam": "speaker"}),
    ("fr", "Le camarade Tran Van Hai a travaillé avec le district de Muong La. "
           "Le Van Nam a souligné les progrès du district.",
     {"Tran Van Hai": "chair", "Le Van Nam": "speaker"}),
    ("es", "Los camaradas Tran Van Hai y Le Thi Hoa presidieron la conferencia. "
           "Le Van Nam destacó los avances del distrito.",
     {"Tran Van Hai": "chair", "Le Thi Hoa": "chair", "Le Van Nam": "speaker"}),
    ("it", "I compagni Tran Van Hai e Le Thi Hoa hanno presieduto la conferenza. "
           "Il compagno Le Van Nam ha sottolineato i progressi del distretto.",
     {"Tran Van Hai": "chair", "Le Thi Hoa": "chair", "Le Van Nam": "speaker"}),
    ("ru", "Товарищ Tran Van Hai провел рабочую встречу с районом Муонгла. "
           "Le Thi Hoa подчеркнула успехи района.",
     {"Tran Van Hai": "chair", "Le Thi Hoa": "speaker"}),
    ("uk", "Товариш Tran Van Hai провів робочу зустріч з районом. "
           "Le Thi Hoa наголосила на успіхах району.",
     {"Tran Van Hai": "chair", "Le Thi Hoa": "speaker"}),
    ("pl", "Towarzysz Tran Van Hai odwiedził i pracował z powiatem. "
           "Le Thi Hoa podkreśliła postępy powiatu.",
     {"Tran Van Hai": "chair", "Le Thi Hoa": "speaker"}),
    ("pl", "Tran Van Hai, sekretarz komitetu, współprzewodniczący.",
     {"Tran Van Hai": "chair"}),
    ("vi", "Đồng chí Trần Văn Hải đã đến thăm và làm việc với huyện Mường La. "
           "Đồng chí Lê Văn Nam nhấn mạnh những kết quả của huyện.",
     {"Tran Van Hai": "chair", "Le Van Nam": "speaker"}),
    ("no", "Kamerat Tran Van Hai besøkte og arbeidet med distriktet. "
           "Le Van Nam understreket distriktets fremgang.",
     {"Tran Van Hai": "chair", "Le Van Nam": "speaker"}),
])
def test_chair_and_speaker_verbs(lang, text, roles):
    assert _roles(text, lang) == roles


def test_a_role_cue_with_a_glued_prefix_is_a_cue():
    # 'وبرئاسة': 'and' glued to 'chaired by'
    text = "وعقد الاجتماع وبرئاسة الرفيق نغوين فان هونغ، سكرتير لجنة الحزب الإقليمية."
    draft = build_draft(text, "ar")
    assert [person_role(draft, p) for p in draft.people] == ["chair"]


def test_kana_voicing_marks_are_kept_when_cues_are_folded():
    from extractor.draft.cues import fold

    assert fold("ドン") != fold("トン") and fold("Quảng") == "quang"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Secretary asked the districts to speed up disbursement. He expressed confidence "
           "that the district will reach all its targets for the year."),
    ("pl", "Sekretarz polecił przyspieszyć wypłaty. Wyraził przekonanie, że dystrykt osiągnie "
           "wszystkie cele na ten rok."),
])
def test_a_hope_after_the_directions_is_no_instruction(lang, text):
    clauses = [text[c.span[0]:c.span[1]] for c in build_draft(text, lang).clauses]
    assert len(clauses) == 1 and any(w in clauses[0] for w in ("disbursement", "wypłaty"))


def test_a_source_line_is_no_instruction():
    text = ("The Secretary asked the districts to speed up disbursement of public investment. "
            "Source: https://example.org/news/2025/conference.html")
    clauses = [text[c.span[0]:c.span[1]] for c in build_draft(text, "en").clauses]
    assert not any("http" in c for c in clauses)


def test_a_souvenir_photo_is_no_instruction():
    text = ("Sekretarz polecił przyspieszyć wypłaty inwestycji publicznych. Sekretarz pozuje do "
            "pamiątkowego zdjęcia z kluczowymi urzędnikami dystryktu.")
    clauses = [text[c.span[0]:c.span[1]] for c in build_draft(text, "pl").clauses]
    assert len(clauses) == 1 and "wypłaty" in clauses[0]
