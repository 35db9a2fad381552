from app.core.ids import is_uuid, uuid7, uuid7_time_ms
from app.core.passphrase import estimate
from app.core.stages import CaseStage, can_move


def test_common_and_short_passphrases_are_not_acceptable():
    for weak in ["password", "letmein1", "abc", "aaaaaaaaaaaa", "Summer2024"]:
        assert not estimate(weak).acceptable, weak


def test_long_passphrases_are_acceptable_and_advice_is_plain():
    strength = estimate("orange tractor seventeen lanterns")
    assert strength.acceptable and strength.score >= 3
    assert "characters" in estimate("short").advice


def test_uuid7_is_time_ordered_and_valid():
    ids = [uuid7(now_ms=ms) for ms in (1000, 2000, 3000)]
    assert ids == sorted(ids)
    assert all(is_uuid(i) for i in ids)
    assert uuid7_time_ms(ids[1]) == 2000
    assert len({uuid7() for _ in range(1000)}) == 1000


def test_stages_may_go_back_but_closure_only_to_follow_up_or_reopen():
    assert can_move(CaseStage.MONITORING, CaseStage.ASSESSMENT)
    assert not can_move(CaseStage.CLOSURE, CaseStage.PLANNING)
    assert can_move(CaseStage.CLOSURE, CaseStage.FOLLOW_UP)


def test_common_patterns_with_substitutions_and_years_are_weak():
    # Each of these passes a naive "upper, lower, digit, symbol, 10+ characters" rule.
    for weak in ["P@ssw0rd2026", "Password1!", "caseload2026", "Caseload2026!", "qwertyuiop123"]:
        strength = estimate(weak)
        assert not strength.acceptable, weak
        assert strength.score <= 1 and strength.label in ("Very weak", "Weak"), weak


def test_a_long_random_diceware_phrase_is_strong():
    strength = estimate("mosaic plinth ferry oboe tundra yodel")
    assert strength.acceptable and strength.label in ("Strong", "Very strong")
    assert strength.advice == "Strong passphrase."


def test_advice_is_one_plain_sentence_that_never_quotes_the_passphrase():
    for text in ["P@ssw0rd2026", "aaaaaaaaaaaaaa", "qwertyuiop123", "Summer2024 Summer2024", "x"]:
        advice = estimate(text).advice
        assert advice.endswith(".") and advice[0].isupper(), advice
        assert text.lower() not in advice.lower(), advice
    assert "common" in estimate("P@ssw0rd2026").advice
