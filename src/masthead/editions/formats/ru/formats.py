# "19 июня 2024": the month in the genitive (`E`), as Russian dates are written; Django's own ru
# format has "j E Y г." with the abbreviation newspapers leave out.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
