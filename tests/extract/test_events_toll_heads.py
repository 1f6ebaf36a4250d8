"""A deed noun in the genitive of its toll or its victims («حصيلة الهجوم», «ضحايا التفجير») names a deed
already told: no new event; the deed itself, told as news, still is one."""

from event_cases import BOKO_HARAM, run


def _attacks(text: str) -> list:
    return [e for e in run(text, [BOKO_HARAM]) if e.type == "ASSAULT"]


def test_toll_of_attacks_is_no_new_attack() -> None:
    assert not _attacks("وبذلك ارتفع عدد قتلى هجمات بوكو حرام في الشمال إلى 600.")


def test_toll_of_the_attack_is_no_new_attack() -> None:
    assert not _attacks("وأوضح المسؤول أن حصيلة الهجوم ارتفعت إلى 32 قتيلا.")


def test_victims_of_the_bombing_are_no_new_attack() -> None:
    assert not _attacks("ووضع الرئيس إكليلا من الزهور تكريما لضحايا التفجير في العاصمة.")


def test_the_attack_itself_is_one() -> None:
    assert _attacks("وشنت بوكو حرام هجوما على قرية في الشمال.")
