"""FastSelect writes exactly Django's Select markup (hypothesis over labels, values, groups and attributes)."""

from __future__ import annotations

from django import forms
from hypothesis import given, settings
from hypothesis import strategies as st

from lienket.web.widgets import FastSelect, use_fast_selects

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
option = st.tuples(text, text)
choice = st.one_of(option, st.tuples(text.filter(bool), st.lists(option, min_size=1, max_size=4)))
attrs = st.dictionaries(
    st.sampled_from(["id", "class", "data-x", "hx-get", "required", "disabled", "aria-label"]),
    st.one_of(text, st.booleans()),
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(
    choices=st.lists(choice, max_size=8),
    value=st.one_of(st.none(), text, st.lists(text, max_size=2)),
    a=attrs,
)
def test_fast_select_equals_django_select(choices, value, a):
    assert FastSelect(attrs=a, choices=choices).render("f", value) == forms.Select(
        attrs=a, choices=choices
    ).render("f", value)


def test_fast_select_escapes():
    html = FastSelect(choices=[('"><script>', "<b>x</b>")]).render('f"', None)
    assert "<script>" not in html and "<b>" not in html


def test_form_fields_swapped_keep_choices_and_attributes():
    class F(forms.Form):
        a = forms.ChoiceField(choices=[("1", "one")], widget=forms.Select(attrs={"class": "k"}))
        b = forms.ChoiceField(choices=[("1", "one")], widget=forms.RadioSelect)

    f = F({"a": "1"})
    plain = str(f["a"])
    use_fast_selects(f)
    assert isinstance(f.fields["a"].widget, FastSelect)
    assert isinstance(f.fields["b"].widget, forms.RadioSelect)
    assert str(f["a"]) == plain
