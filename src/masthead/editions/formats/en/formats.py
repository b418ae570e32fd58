# Dates as the newsroom writes them: "19 June 2024", "19 June 2024, 14:30" (not Django's "June
# 19, 2024"). Templates use these names (`|date:"DATE_FORMAT"`), never a pattern of their own.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
