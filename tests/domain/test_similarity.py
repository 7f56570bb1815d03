from duty_desk.domain.similarity import similarity


def test_the_same_account_in_other_words_is_similar_and_an_unrelated_one_is_not() -> None:
    a = "朝阳区某小区燃气管道泄漏，已疏散居民"
    assert similarity(a, a) == 1.0
    assert similarity(a, "朝阳区小区燃气泄漏，居民已疏散") > 0.2
    assert similarity(a, "海淀区一学校发生食物中毒") < 0.1
    assert similarity("Gas leak in Chaoyang", "gas LEAK, chaoyang district") > 0.4
    assert similarity("", a) == 0.0
