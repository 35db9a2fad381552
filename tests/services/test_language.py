from app.services.language import check_language


def test_flags_stigmatising_terms_with_suggestions():
    findings = check_language("Client is a drug addict and was non-compliant with the plan.")
    assert [f.found for f in findings] == ["drug addict", "non-compliant"]
    assert findings[0].suggestion == "person who uses drugs"
    assert "did not follow" in findings[1].suggestion


def test_whole_words_only_and_case_insensitive():
    assert check_language("The CRAZY weather; a cleanup day") == check_language("The CRAZY weather")
    assert [f.found for f in check_language("The CRAZY weather")] == ["CRAZY"]
    assert check_language("He addicted? no: dirtying is not a word here") == []


def test_the_list_is_editable(tmp_path):
    terms = tmp_path / "terms.csv"
    terms.write_text("term,suggestion,reason\nlazy,(describe what happened),judgemental\n")
    assert [f.found for f in check_language("seems lazy", terms)] == ["lazy"]
    terms.write_text("term,suggestion,reason\nsloppy,(describe),judgemental\n")
    import os

    os.utime(terms, (1, 1))
    assert check_language("seems lazy", terms) == []
