"""The doer named inside what a statement condemns, demands or rejects is its target, not its source.

«ودان الوزراء الهجمات من قبل تنظيم القاعدة», «داعين إلى الوقف الفوري للعنف من قبل الحوثيين»,
«يرفضون ما يقوم به الحوثيون»: the party after «من قبل», «على يد» or a verb of doing with a pronoun for
the deed («ما يقوم به», «التي يرتكبها») did the deed the statement is about; the statement's own
subject is the one named or told before the verb (or the participle's), so that party is the target.
"""

from __future__ import annotations

from marsad.extract.events_triggers import Hit, Site

# statements about another party's deed: the deed's doer is whom they are about
STATEMENT_TYPES = frozenset(("DISAPPROVE", "DEMAND", "REJECT"))


def doer_is_patient(h: Hit, site: Site) -> bool:
    """True when the doer of a deed named after an active statement verb («دان», «يرفضون») or a
    circumstantial participle («داعين») is that statement's target: its speaker is the verb's subject."""
    return h.trig.type in STATEMENT_TYPES and (h.trig.pos == "v" or site.participle)


def told_object_is_no_subject(ev_type: str, prev_type: str, prev_form: str) -> bool:
    """True when a statement verb conjoined to an earlier statement whose speaker is only a pronoun
    («إنهم يرفضون ما يقوم به الحوثيون … ويرفضون دعم إيران») must not take the earlier one's object
    (الحوثيون) as its subject: both verbs share the unnamed speaker. The earlier verb is plural
    («يرفضون», «طالبوا»), so it carries its own subject: a verb before a named subject stays singular
    («دعا الشيخ راشد …»)."""
    return ev_type in STATEMENT_TYPES and prev_type in STATEMENT_TYPES and prev_form.endswith(("ون", "وا"))
