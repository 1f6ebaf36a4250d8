"""«استقبل» and «تلقى» of a thing, of the wounded or of a reporting call (BLOCK rows of
`lang/ar/event_triggers.tsv`): a port, an airport or a hospital receiving, a call that tells of a happening;
no meeting. A guest received and a call from a head of state stay meetings."""

from __future__ import annotations

from event_cases import AMMAN, EGYPT, run

SUEZ = ("السويس", "السويس", "LOC")
POLICE = ("الشرطة", "الشرطة", "ORG")
KING = ("الملك عبدالله الثاني", "الملك عبدالله الثاني", "PER")
FRANCE = ("الفرنسي", "فرنسا", "LOC")
GERMANY = ("الألماني", "ألمانيا", "LOC")
HOSPITAL = ("مستشفى السويس العام", "مستشفى السويس العام", "ORG")


def _consults(text: str, specs: list[tuple[str, str, str]]) -> list[str]:
    return [e.type for e in run(text, specs) if e.type == "CONSULT"]


def test_a_plane_or_a_ship_received_is_no_meeting() -> None:
    assert _consults("وقال الطبيب: استقبلت عمان، أول من أمس السبت، أول طائرة لنقل المصابين من اليمن.", [AMMAN]) == []
    assert _consults("وأضاف أن ميناء السويس استقبل أمس السفينة الجديدة وعلى متنها آلاف الأطنان من القمح.", [SUEZ]) == []


def test_a_hospital_receiving_the_wounded_is_no_meeting() -> None:
    assert _consults("واستقبل مستشفى السويس العام العاملة في حالة شبه غيبوبة.", [HOSPITAL]) == []


def test_a_call_that_reports_a_happening_is_no_meeting() -> None:
    assert _consults("وقالت الشرطة إنها تلقت مكالمة هاتفية تفيد بوقوع إطلاق نار قرب متجر في السويس.",
                     [POLICE, SUEZ]) == []
    assert _consults("وكانت الشرطة تلقت اتصالا من مواطن عن وجود جثة في حي بالسويس.", [POLICE, SUEZ]) == []


def test_a_guest_or_a_leaders_call_stays_a_meeting() -> None:
    assert _consults("استقبل العاهل الأردني الملك عبدالله الثاني أمس وزير الخارجية الألماني في عمان.",
                     [KING, GERMANY, AMMAN]) == ["CONSULT"]
    assert _consults("وتلقى الملك عبدالله الثاني اتصالا هاتفيا من الرئيس الفرنسي بحثا فيه أوضاع مصر.",
                     [KING, FRANCE, EGYPT]) == ["CONSULT"]
