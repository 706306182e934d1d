"""Pseudonymising realistic Dutch conversation text: every identifying detail goes, the conversation stays readable."""

import pytest

from regie.privacy import BSN, Pseudonimiseerder, pseudonimiseer, pseudonimiseer_alle


@pytest.mark.parametrize("cijfers", ["123456782", "111222333", "999999990", "1234.56.782", "123 456 782"])
def test_bsn_that_passes_the_elfproef_is_replaced(cijfers):
    assert pseudonimiseer(f"Nummer {cijfers} graag.") == f"Nummer {BSN} graag."


@pytest.mark.parametrize("cijfers", ["123456789", "000000000", "12345678", "1234567820", "12345678a"])
def test_other_numbers_stay(cijfers):
    assert pseudonimiseer(f"Nummer {cijfers} graag.") == f"Nummer {cijfers} graag."


def test_bsn_only_when_elfproef_holds():
    tekst = pseudonimiseer("Mijn BSN is 1234.56.782 en het dossiernummer is 123456789.")
    assert tekst == "Mijn BSN is [BSN] en het dossiernummer is 123456789."


def test_inwoner_names_in_every_form():
    namen = ["Nadia Fatima", "de Vries"]
    uit = pseudonimiseer_alle(
        [
            "Goedemorgen mevrouw De Vries, fijn dat u er bent.",
            "Nadia, wat wil je vandaag bespreken?",
            "Ik ben Nadia Fatima de Vries, dat weet u toch.",
            "Fatima is mijn tweede naam.",
        ],
        namen,
    )
    assert uit == [
        "Goedemorgen mevrouw [Inwoner], fijn dat u er bent.",
        "[Inwoner], wat wil je vandaag bespreken?",
        "Ik ben [Inwoner], dat weet u toch.",
        "[Inwoner] is mijn tweede naam.",
    ]


def test_contact_details_and_address():
    tekst = pseudonimiseer(
        "Ik woon nu op de Kerkstraat 12a, 7401 AB Rivierstad. Bel me op 06-12345678 of 010 - 123 45 67, of "
        "+31 6 1234 5678. Mail gerust naar nadia.devries@gmail.com. Rekening NL91 ABNA 0417 1643 00."
    )
    assert tekst == (
        "Ik woon nu op de [adres], [postcode]. Bel me op [telefoon] of [telefoon], of [telefoon]. "
        "Mail gerust naar [e-mail]. Rekening [rekeningnummer]."
    )


def test_multiword_street_names_and_known_street():
    assert pseudonimiseer("Het kantoor is Burgemeester de Vlugtlaan 120-2.") == "Het kantoor is [adres]."
    assert pseudonimiseer("Hij woont op Van Goghstraat 3 bis.") == "Hij woont op [adres]."
    assert pseudonimiseer("Ik zit op Bolwerk 7.", straten=["Bolwerk"]) == "Ik zit op [adres]."
    # A capitalised word before a number that is no street stays.
    assert pseudonimiseer("Morgen 10 uur dan?") == "Morgen 10 uur dan?"


def test_dates_of_birth_but_not_every_date():
    tekst = pseudonimiseer(
        "Ik ben geboren op 3 maart 1985, dus op 03-03-1985. Ik ben jarig op 12 mei. De afspraak is op 3 juni."
    )
    assert tekst == "Ik ben geboren op [datum], dus op [datum]. Ik ben jarig op [datum]. De afspraak is op 3 juni."


def test_postcode_needs_capitals_so_years_stay():
    assert pseudonimiseer("In 2024 en 2025 werkte ik daar.") == "In 2024 en 2025 werkte ik daar."


def test_other_people_get_consistent_numbers_across_turns():
    vervang = Pseudonimiseerder(["Nadia"])
    eerste = vervang("Mijn zoon Jayden is ziek, en mijn buurvrouw Els past op.")
    tweede = vervang("Jayden gaat volgende week weer naar school. Ik heb Els bedankt.")
    derde = vervang("Gisteren belde Jan Bakker van het UWV. Bakker was vriendelijk.")
    assert eerste == "Mijn zoon [Persoon 1] is ziek, en mijn buurvrouw [Persoon 2] past op."
    assert tweede == "[Persoon 1] gaat volgende week weer naar school. Ik heb [Persoon 2] bedankt."
    assert derde == "Gisteren belde [Persoon 3] van het UWV. [Persoon 3] was vriendelijk."
    assert vervang.aantal_personen == 3


def test_ordinary_sentence_starts_and_institutions_stay():
    tekst = pseudonimiseer(
        "Wat vind je daar zelf van? Ik werk liever niet. Maar de gemeente en het UWV zeggen dat het moet. "
        "Vanaf maandag heb ik DigiD."
    )
    assert tekst == (
        "Wat vind je daar zelf van? Ik werk liever niet. Maar de gemeente en het UWV zeggen dat het moet. "
        "Vanaf maandag heb ik DigiD."
    )


def test_name_at_sentence_start_found_by_first_name_list_and_after_comma():
    assert pseudonimiseer("Ahmed belde me gisteren.") == "[Persoon 1] belde me gisteren."
    assert pseudonimiseer("Nou, Wendelien, dat snap ik.") == "Nou, [Persoon 1], dat snap ik."


def test_name_inside_email_is_not_a_second_person():
    vervang = Pseudonimiseerder()
    assert vervang("Mail Sanne op sanne.jansen@rivierstad.nl.") == "Mail [Persoon 1] op [e-mail]."
    assert vervang.aantal_personen == 1


def test_placeholders_are_not_replaced_again():
    vervang = Pseudonimiseerder(["Nadia"])
    eenmaal = vervang("Nadia en Kees komen samen.")
    assert vervang(eenmaal) == eenmaal == "[Inwoner] en [Persoon 1] komen samen."
