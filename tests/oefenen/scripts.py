"""Scripted professional turns for the acceptance tests: one in MI style, one lecturing.

The MI script follows Miller & Rollnick (2013): open questions, simple and complex reflections, affirmation,
emphasising autonomy and asking permission before giving information. The lecturing script is what MITI 4.2.1 codes
as persuading without permission and confronting (telling, warning, arguing).
"""

GOED = [
    "Wat zou je vandaag graag willen bespreken?",
    "Je bent het eigenlijk een beetje zat om hier steeds te komen.",
    "Je hebt al heel wat geprobeerd en je bent blijven doorzetten, dat vraagt veel.",
    "Jij bepaalt zelf wat je wel en niet wilt, daar ga ik niet over.",
    "Aan de ene kant wil je rust, en aan de andere kant mis je iets in je dagen.",
    "Mag ik iets vertellen over een mogelijkheid die andere mensen hielp?",
    "Het voelt alsof je er weer toe wilt doen.",
    "Je hebt duidelijk zelf goede ideeën over wat voor jou werkt.",
    "Wat zou een eerste kleine stap kunnen zijn, als je zelf mag kiezen?",
    "Je wilt het op jouw manier doen, in jouw tempo.",
]

PREKEN = [
    "Je moet gewoon gaan solliciteren, dat is je plicht.",
    "Als je niet meewerkt, krijg je een maatregel en gaat je uitkering omlaag.",
    "Waarom heb je dat niet allang gedaan?",
    "Je moet echt eens wat beter je best doen.",
    "Ik zou gewoon morgen bij het uitzendbureau langsgaan.",
    "Dat is geen excuus, iedereen kan werken.",
    "Je moet je rooster aanpassen zodat je kunt werken.",
    "Je zit al veel te lang thuis, dat kan zo niet langer.",
    "Je moet je aan de regels houden, anders stopt je uitkering.",
    "Ik verwacht dat je volgende week drie sollicitaties laat zien.",
]
