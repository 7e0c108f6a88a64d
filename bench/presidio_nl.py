# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Microsoft Presidio configured for Dutch personal data, fully offline.

Presidio ships no Dutch recognizers, so this module configures them the way a
careful integrator would: pattern recognizers validated with python-stdnum
where a checksum exists, Presidio's own IBAN and e-mail recognizers, and its
phonenumbers-based recognizer restricted to the NL region. The NLP engine is a
blank spaCy ``nl`` pipeline (tokenizer only: no model download, no NER, no
lemmas, so Presidio's context-word boost cannot fire and person names are out
of reach for Presidio here).

Offline: Presidio's e-mail recognizer calls ``tldextract.extract``, which by
default downloads the Public Suffix List. We replace that call by a
``TLDExtract`` that only uses the snapshot bundled with tldextract
(``suffix_list_urls=()``, no cache dir). bench/netguard.py proves no socket
is opened.
"""

from __future__ import annotations

from functools import cache
from typing import Any

ENTITIES = [
    "NL_BSN",
    "NL_ONDERWIJSNUMMER",
    "NL_ID_DOCUMENT",
    "IBAN_CODE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "NL_POSTCODE",
    "NL_LICENSE_PLATE",
]

# Dutch licence-plate side codes 1-14 (letters and digits in fixed groups).
_PLATES = [
    r"[A-Z]{2}-\d{2}-\d{2}",
    r"\d{2}-\d{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{2}-\d{2}",
    r"[A-Z]{2}-\d{2}-[A-Z]{2}",
    r"[A-Z]{2}-[A-Z]{2}-\d{2}",
    r"\d{2}-[A-Z]{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{3}-\d",
    r"\d-[A-Z]{3}-\d{2}",
    r"[A-Z]{2}-\d{3}-[A-Z]",
    r"[A-Z]-\d{3}-[A-Z]{2}",
    r"[A-Z]{3}-\d{2}-[A-Z]",
    r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}",
    r"\d{3}-[A-Z]{2}-\d",
]


@cache
def offline_tld_extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def build_analyzer() -> Any:
    """An AnalyzerEngine for language ``nl`` with the recognizers above."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
    )
    from stdnum.nl import bsn, identiteitskaartnummer, onderwijsnummer, postcode

    class BlankDutchNlpEngine(SpacyNlpEngine):
        """spacy.blank('nl'): a tokenizer only, nothing to download."""

        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "nl", "model_name": "blank:nl"}])

        def load(self) -> None:
            self.nlp = {"nl": spacy.blank("nl")}

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return bool(offline_tld_extractor()(pattern_text).fqdn)

    def validated(entity: str, patterns: list[Pattern], check: Any, context: list[str]) -> Any:
        class _Validated(PatternRecognizer):
            def validate_result(self, pattern_text: str) -> bool:
                return bool(check(pattern_text))

        return _Validated(
            supported_entity=entity,
            patterns=patterns,
            context=context,
            supported_language="nl",
            name=f"{entity.title().replace('_', '')}Recognizer",
        )

    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.add_recognizer(
        validated(
            "NL_BSN",
            [
                Pattern("bsn 9 digits", r"\b\d{4}[. ]?\d{2}[. ]?\d{3}\b", 0.3),
                Pattern("bsn 3-3-3", r"\b\d{3}[. ]\d{3}[. ]\d{3}\b", 0.3),
                Pattern("bsn 8 digits", r"\b\d{8}\b", 0.1),
            ],
            bsn.is_valid,
            ["bsn", "burgerservicenummer", "sofinummer"],
        )
    )
    registry.add_recognizer(
        validated(
            "NL_ONDERWIJSNUMMER",
            [Pattern("onderwijsnummer", r"\b10\d{2}[. ]?\d{2}[. ]?\d{3}\b", 0.3)],
            onderwijsnummer.is_valid,
            ["onderwijsnummer", "leerling"],
        )
    )
    registry.add_recognizer(
        validated(
            "NL_ID_DOCUMENT",
            [Pattern("id/passport", r"\b[A-NP-Z]{2}[A-NP-Z0-9]{6}\d\b", 0.3)],
            identiteitskaartnummer.is_valid,
            ["paspoort", "identiteitskaart", "documentnummer", "id-kaart"],
        )
    )
    registry.add_recognizer(
        validated(
            "NL_POSTCODE",
            [Pattern("postcode", r"\b(?:NL-)?[1-9]\d{3} ?[A-Z]{2}\b", 0.3)],
            postcode.is_valid,
            ["postcode", "adres", "woont"],
        )
    )
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="NL_LICENSE_PLATE",
            patterns=[Pattern("kenteken", r"\b(?:" + "|".join(_PLATES) + r")\b", 0.3)],
            context=["kenteken", "auto", "nummerbord"],
            supported_language="nl",
            name="NlLicensePlateRecognizer",
        )
    )
    registry.add_recognizer(IbanRecognizer(supported_language="nl"))
    registry.add_recognizer(OfflineEmailRecognizer(supported_language="nl"))
    registry.add_recognizer(
        PhoneRecognizer(
            supported_language="nl",
            supported_regions=("NL",),
            context=["telefoon", "tel", "bel", "nummer", "mobiel", "whatsapp"],
        )
    )
    return AnalyzerEngine(
        registry=registry, nlp_engine=BlankDutchNlpEngine(), supported_languages=["nl"]
    )


class PresidioNL:
    """Callable span predictor: text -> [(start, end)] for the entities above."""

    def __init__(self) -> None:
        self.analyzer = build_analyzer()

    def analyze(self, text: str) -> list[Any]:
        return self.analyzer.analyze(text=text, language="nl", entities=ENTITIES)

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return [(r.start, r.end) for r in self.analyze(text)]
