"""Free-text readers shared by every adapter.

Each reader takes text and returns typed values; none of them raises on odd text.
What cannot be read comes back as None (or an empty list) plus a warning, and the
raw text is kept by the caller.

| module        | reads                                                        |
|---------------|--------------------------------------------------------------|
| text          | markdown escapes and HTML entities undone, whitespace tidied |
| dates         | "June 4, 2014", "2014-06", "06/04/2014" to ISO at their precision |
| ages          | "18 Years", "6 Months", "N/A" to Age                         |
| doses         | doses and regimens in arm and intervention descriptions      |
| eligibility   | criteria text as a tree of criteria with lab thresholds      |
| timeframes    | outcome time frames as time points and a horizon in days     |
"""
